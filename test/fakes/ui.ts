/**
 * Stand-ins for the parts of SpreadsheetApp's Ui and ScriptApp that the menu uses, typed
 * against @types/google-apps-script (a misspelt method does not compile) and counting every
 * call, so a test can prove what an entry point touched.
 */
type Menu = GoogleAppsScript.Base.Menu;
type Ui = GoogleAppsScript.Base.Ui;

export class CallLog {
  readonly calls: string[] = [];
  /** The tab each call concerned, when it concerned one (same index as `calls`). */
  readonly tabs: (string | undefined)[] = [];
  /** Fault injection: the call that brings this to 0 throws instead of answering. */
  failAfter: number | undefined;
  failure = 'Service error: injected by the test';
  record(name: string, tab?: string): void {
    if (this.failAfter !== undefined) {
      this.failAfter -= 1;
      if (this.failAfter <= 0) {
        this.failAfter = undefined;
        throw new Error(`${this.failure} (${name})`);
      }
    }
    this.calls.push(name);
    this.tabs.push(tab);
  }
  count(name: string): number {
    return this.calls.filter((c) => c === name).length;
  }
}

export class FakeMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addToUi'> {
  readonly items: { caption: string; functionName: string }[] = [];
  shown = false;
  constructor(
    private readonly log: CallLog,
    readonly kind: 'addon' | 'plain',
  ) {}
  addItem(caption: string, functionName: string): Menu {
    this.log.record('Menu.addItem');
    // Apps Script refuses an empty caption or function name when the menu is added.
    if (!caption || !functionName) throw new Error('Menu item needs a caption and a function name');
    this.items.push({ caption, functionName });
    return this as unknown as Menu;
  }
  addSeparator(): Menu {
    this.log.record('Menu.addSeparator');
    return this as unknown as Menu;
  }
  addToUi(): void {
    this.log.record('Menu.addToUi');
    this.shown = true;
  }
}

export class FakeUi
  implements Pick<Ui, 'createAddonMenu' | 'createMenu' | 'alert' | 'showSidebar' | 'prompt'>
{
  readonly sidebars: unknown[] = [];
  /** What the user types into the next prompts (a cancel when none is left). */
  readonly typed: string[] = [];
  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    this.log.record('Ui.prompt');
    const [title, prompt] = args.length >= 2 && typeof args[1] === 'string' ? args : ['', args[0]];
    this.alerts.push({ title: String(title), prompt: String(prompt) });
    const text = this.typed.shift();
    return {
      getResponseText: () => text ?? '',
      getSelectedButton: () =>
        (text === undefined
          ? this.Button.CANCEL
          : this.Button.OK) as unknown as GoogleAppsScript.Base.Button,
    };
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.log.record('Ui.showSidebar');
    this.sidebars.push(userInterface);
  }
  readonly menus: FakeMenu[] = [];
  readonly alerts: { title: string; prompt: string }[] = [];
  /** What the user clicks in the next YES_NO dialogs (OK for plain alerts). */
  readonly answers: string[] = [];
  readonly ButtonSet = {
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  constructor(private readonly log: CallLog) {}
  createAddonMenu(): Menu {
    this.log.record('Ui.createAddonMenu');
    const menu = new FakeMenu(this.log, 'addon');
    this.menus.push(menu);
    return menu as unknown as Menu;
  }
  createMenu(_caption: string): Menu {
    this.log.record('Ui.createMenu');
    const menu = new FakeMenu(this.log, 'plain');
    this.menus.push(menu);
    return menu as unknown as Menu;
  }
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.log.record('Ui.alert');
    const [title, prompt, buttons] =
      args.length >= 2 && typeof args[1] === 'string' ? args : ['', args[0], args[1]];
    this.alerts.push({ title: String(title), prompt: String(prompt) });
    if (buttons === this.ButtonSet.YES_NO || buttons === this.ButtonSet.YES_NO_CANCEL) {
      const answer = this.answers.shift();
      if (!answer) throw new Error(`the test did not say what to answer to: ${String(prompt)}`);
      return answer as unknown as GoogleAppsScript.Base.Button;
    }
    return this.Button.OK as unknown as GoogleAppsScript.Base.Button;
  }
}

/** The services an add-on menu touches, ready to hand to the bundle's sandbox. */
export function uiServices() {
  const log = new CallLog();
  const ui = new FakeUi(log);
  const SpreadsheetApp: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getUi'> = {
    getUi: () => {
      log.record('SpreadsheetApp.getUi');
      return ui as unknown as Ui;
    },
  };
  const AuthMode = {
    NONE: 'NONE',
    CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
    LIMITED: 'LIMITED',
    FULL: 'FULL',
  } as const;
  const ScriptApp = { AuthMode };
  return { log, ui, AuthMode, services: { SpreadsheetApp, ScriptApp } };
}
