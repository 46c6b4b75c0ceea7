import {
  judge,
  type Observations,
  type Probe,
  renderEnvironmentReport,
  SCRATCH_PROBE,
  scratchFormulas,
} from '../core/actions/environment/environment-check';
import { environmentText } from '../core/actions/environment/environment-text';
import type { Permission } from '../core/actions/menu/actions';
import { consentText } from '../core/actions/menu/consent-text';
import { MENU_TITLE } from '../core/actions/menu/menu';
import { publicAddress } from '../core/evidence/drive-facts';
import { parseLink } from '../core/evidence/links';
import { messageOf } from '../core/kernel/errors';
import { TAB_KEY } from '../core/workbook/tab-names';
import { firstRunOrAdminAction } from './admin-action';
import { CONTINUE_HANDLER } from './check-actions';
import { missing } from './consent';
import { deployment } from './deployment';
import { headerSpelling, responseHeader } from './http-headers';

/** A harmless handler for the trigger the self-test creates and removes at once. */
const PROBE_HANDLER = 'probeTrigger';
const SCRATCH_TAB = '_Periksa';
const ALL: readonly Permission[] = ['email', 'sidebar', 'drive', 'fetch', 'mail', 'triggers'];

function attempt<T>(probe: () => T): Probe<T> {
  try {
    return { ok: true, value: probe() };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

function fetchStatus(url: string, auth?: string) {
  const res = UrlFetchApp.fetch(url, {
    muteHttpExceptions: true,
    followRedirects: false,
    ...(auth ? { headers: { Authorization: auth } } : {}),
  });
  return {
    status: res.getResponseCode(),
    body: res.getContentText(),
    location: responseHeader(res, 'Location') ?? '',
    /** How Google spelt the Content-Type header's name (R16: the docs do not say). */
    headerName: headerSpelling(res, 'Content-Type') ?? '',
  };
}

/** Each assumption probed on its own: one failing never stops the others. */
function observe(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, link: string): Observations {
  const auth = attempt(() => `Bearer ${ScriptApp.getOAuthToken()}`);
  const bearer = auth.ok ? auth.value : '';
  const id = link ? (parseLink(link).id ?? '') : '';
  const driveFile = id
    ? attempt(() => {
        const r = fetchStatus(
          `https://www.googleapis.com/drive/v3/files/${encodeURIComponent(id)}?fields=id,mimeType&supportsAllDrives=true`,
          bearer,
        );
        return { link, status: r.status, body: r.body };
      })
    : undefined;
  const mimeType =
    driveFile?.ok && driveFile.value.status === 200
      ? (/"mimeType"\s*:\s*"([^"]+)"/.exec(driveFile.value.body)?.[1] ?? '')
      : '';
  return {
    missingPermissions: attempt(() => missing(ALL).map((p) => consentText.permission(p))),
    email: attempt(() => Session.getActiveUser().getEmail()),
    driveApi: attempt(() => {
      const r = fetchStatus('https://www.googleapis.com/drive/v3/about?fields=user', bearer);
      return { status: r.status, body: r.body, headerName: r.headerName };
    }),
    ...(driveFile ? { driveFile } : {}),
    ...(id
      ? {
          anonymous: attempt(() => {
            const r = fetchStatus(publicAddress(id, mimeType));
            return { status: r.status, location: r.location };
          }),
        }
      : {}),
    lock: attempt(() => {
      const lock = LockService.getDocumentLock();
      if (!lock) return 'none' as const;
      if (!lock.tryLock(5_000)) return 'busy' as const;
      lock.releaseLock();
      return 'held' as const;
    }),
    properties: attempt(() => {
      const store = PropertiesService.getDocumentProperties();
      const key = 'spbe.periksaLingkungan';
      const value = `uji ${Date.now()} ✓`;
      store.setProperty(key, value);
      const back = store.getProperty(key);
      store.deleteProperty(key);
      return back === value && store.getProperty(key) === null ? 'ok' : `terbaca ${String(back)}`;
    }),
    ...scratchProbes(ss),
    trigger: attempt(() => {
      const trigger = ScriptApp.newTrigger(PROBE_HANDLER).timeBased().after(3_600_000).create();
      try {
        const id = trigger.getUniqueId();
        return {
          listedForFile: ScriptApp.getUserTriggers(ss).some((t) => t.getUniqueId() === id),
          continuations: ScriptApp.getProjectTriggers().filter(
            (t) => t.getHandlerFunction() === CONTINUE_HANDLER,
          ).length,
        };
      } finally {
        ScriptApp.deleteTrigger(trigger);
      }
    }),
    mailQuota: attempt(() => MailApp.getRemainingDailyQuota()),
    timeZones: { script: Session.getScriptTimeZone(), sheet: ss.getSpreadsheetTimeZone() },
    locale: ss.getSpreadsheetLocale(),
    deployment: deployment(),
  };
}

/**
 * Formula and plain-text probes on a scratch tab, removed afterwards; with them, what Google
 * does not document: how it spells a formula back, whether a Rekap-shaped SUMPRODUCT works
 * over ranges, and COUNTIFS wildcards (core's SCRATCH_PROBE).
 */
function scratchProbes(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  let sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  try {
    sheet = ss.getSheetByName(SCRATCH_TAB) ?? ss.insertSheet(SCRATCH_TAB);
    const s = sheet;
    const formula = attempt(() => {
      s.getRange(1, 1).setValues([['=IF(1=1;3;0)']]);
      return s.getRange(1, 1).getValues()[0]?.[0];
    });
    const plainText = attempt(() => {
      s.getRange(1, 2, 1, 4).setNumberFormat('@');
      s.getRange(1, 2, 1, 4).setValues([['=1+1', '2026-02-10', "'=1+1", '']]);
      s.getRange(1, 5).setNumberFormat('General');
      s.getRange(1, 5).setValues([["'2026-02-10"]]);
      const [values = []] = s.getRange(1, 2, 1, 4).getValues();
      return {
        formula: values[0],
        date: values[1],
        apostropheInText: values[2],
        apostrophe: values[3],
      };
    });
    const probe = scratchFormulas(SCRATCH_TAB);
    const computed = attempt(() => {
      const { values, weights, codes } = SCRATCH_PROBE;
      s.getRange(3, 1, values.length, 2).setValues(values.map((v, i) => [v, weights[i] ?? 0]));
      s.getRange(3, 6, codes.length, 1).setValues(codes.map((c) => [c]));
      s.getRange(3, 3, 1, 2).setValues([[probe.figure.text, probe.wildcard.text]]);
      const range = s.getRange(3, 3, 1, 2);
      const [[figure, wildcard] = []] = range.getValues();
      const [[read = ''] = []] = range.getFormulas();
      return { figure, wildcard, read };
    });
    return {
      formula,
      plainText,
      figure: computed.ok
        ? {
            ok: true as const,
            value: {
              written: probe.figure.text,
              read: computed.value.read,
              value: computed.value.figure,
            },
          }
        : computed,
      wildcard: computed.ok ? { ok: true as const, value: computed.value.wildcard } : computed,
    };
  } catch (error) {
    const failed = { ok: false as const, error: messageOf(error) };
    return { formula: failed, plainText: failed, figure: failed, wildcard: failed };
  } finally {
    if (sheet) ss.deleteSheet(sheet);
  }
}

/**
 * SPBE › Diskominfo › Periksa lingkungan: the first thing to run in a real Sheet. Before setup
 * anyone may run it; afterwards the admins. It writes the report tab and says the outcome.
 */
export function selfTestFromMenu(): void {
  firstRunOrAdminAction('selfTest', ({ ss, wb, timestamp, workbook }) => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(MENU_TITLE, environmentText.askLink(), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const rows = judge(observe(ss, answer.getResponseText().trim()));
    const tab = environmentText.tab;
    wb.withLock(() => {
      wb.ensureTab(tab, `${TAB_KEY.summary}:lingkungan`);
      wb.write(
        tab,
        renderEnvironmentReport(rows, timestamp, workbook?.settings.admins ?? [wb.userEmail()]),
      );
    });
    ui.alert(
      MENU_TITLE,
      environmentText.done(rows.filter((r) => r.ok === false).length),
      ui.ButtonSet.OK,
    );
  });
}
