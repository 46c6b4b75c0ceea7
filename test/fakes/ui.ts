/**
 * Stand-ins for the parts of SpreadsheetApp's Ui that the add-on uses, typed against
 * @types/google-apps-script (a misspelt method does not compile). Every call goes through the
 * runtime's rules (R1, R4, R11: a sidebar needs script.container.ui; no dialog in a trigger)
 * and is counted, so a test can prove what an entry point touched.
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

/** A menu item, or a submenu with its own items. */
export type MenuEntry =
  | { caption: string; functionName: string }
  | { caption: string; items: MenuEntry[] }
  | { separator: true };

export class FakeMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addToUi' | 'addSubMenu'> {
  readonly items: MenuEntry[] = [];
  shown = false;
  constructor(
    private readonly call: (method: string) => void,
    readonly kind: 'addon' | 'plain',
    readonly caption = '',
  ) {}
  addItem(caption: string, functionName: string): Menu {
    this.call('Menu.addItem');
    // Apps Script refuses an empty caption or function name when the menu is added.
    if (!caption || !functionName) throw new Error('Menu item needs a caption and a function name');
    this.items.push({ caption, functionName });
    return this as unknown as Menu;
  }
  addSubMenu(menu: Menu): Menu {
    this.call('Menu.addSubMenu');
    const sub = menu as unknown as FakeMenu;
    this.items.push({ caption: sub.caption, items: sub.items });
    return this as unknown as Menu;
  }
  addSeparator(): Menu {
    this.call('Menu.addSeparator');
    this.items.push({ separator: true });
    return this as unknown as Menu;
  }
  addToUi(): void {
    this.call('Menu.addToUi');
    this.shown = true;
  }
  /** Every item, submenus flattened, as [caption path, function]. */
  flat(): { caption: string; functionName: string }[] {
    const walk = (
      entries: MenuEntry[],
      prefix: string,
    ): { caption: string; functionName: string }[] =>
      entries.flatMap((e) =>
        'functionName' in e
          ? [{ caption: `${prefix}${e.caption}`, functionName: e.functionName }]
          : 'items' in e
            ? walk(e.items, `${prefix}${e.caption} › `)
            : [],
      );
    return walk(this.items, '');
  }
}

export class FakeUi
  implements Pick<Ui, 'createAddonMenu' | 'createMenu' | 'alert' | 'showSidebar' | 'prompt'>
{
  readonly sidebars: unknown[] = [];
  /** What the user types into the next prompts (a cancel when none is left). */
  readonly typed: string[] = [];
  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    this.call('Ui.prompt');
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
    this.call('Ui.showSidebar');
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
  constructor(
    readonly log: CallLog,
    private readonly call: (method: string) => void,
  ) {}
  createAddonMenu(): Menu {
    this.call('Ui.createAddonMenu');
    const menu = new FakeMenu(this.call, 'addon');
    this.menus.push(menu);
    return menu as unknown as Menu;
  }
  createMenu(caption: string): Menu {
    this.call('Ui.createMenu');
    // A submenu is built with createMenu too; only one added with addToUi is shown.
    const menu = new FakeMenu(this.call, 'plain', caption);
    this.menus.push(menu);
    return menu as unknown as Menu;
  }
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.call('Ui.alert');
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
