/**
 * Which OAuth scope each service method needs, as the Apps Script reference lists it under
 * "Authorization" on the method's page. A method listed with no scope needs none (builders,
 * Ui dialogs, Properties, Lock, Utilities, HtmlService). The stand-ins refuse a call whose
 * scope the manifest does not list or the user did not grant (rules R1 and R13).
 */
const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPE = {
  sheetsCurrent: `${AUTH}spreadsheets.currentonly`,
  sheets: `${AUTH}spreadsheets`,
  containerUi: `${AUTH}script.container.ui`,
  userEmail: `${AUTH}userinfo.email`,
  driveRead: `${AUTH}drive.readonly`,
  drive: `${AUTH}drive`,
  external: `${AUTH}script.external_request`,
  scriptApp: `${AUTH}script.scriptapp`,
  sendMail: `${AUTH}script.send_mail`,
  locale: `${AUTH}script.locale`,
} as const;

const SHEETS = [SCOPE.sheetsCurrent, SCOPE.sheets];

/** [method pattern, scopes of which one is needed]; the first match wins. */
const TABLE: readonly [RegExp, readonly string[]][] = [
  // Class SpreadsheetApp: getActive*, flush; builders need no scope.
  [
    /^SpreadsheetApp\.(getActive|getActiveSpreadsheet|getActiveSheet|getActiveRange|flush)$/,
    SHEETS,
  ],
  // Classes Spreadsheet, Sheet, Range, Protection, RichTextValue: every method.
  [/^(Spreadsheet|Sheet|Range|Protection)\./, SHEETS],
  // Class Session: getActiveUser, getEffectiveUser.
  [/^Session\.(getActiveUser|getEffectiveUser)$/, [SCOPE.userEmail]],
  // Class Ui: showSidebar, showModalDialog, showModelessDialog (alert, prompt, menus: none).
  [/^Ui\.show(Sidebar|ModalDialog|ModelessDialog)$/, [SCOPE.containerUi]],
  // Class ScriptApp: triggers (getOAuthToken, getAuthorizationInfo, requireScopes: none).
  [/^ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/, [SCOPE.scriptApp]],
  // Class UrlFetchApp: fetch, fetchAll.
  [/^UrlFetchApp\./, [SCOPE.external]],
  // Class DriveApp and the File/Folder objects it returns.
  [/^(DriveApp|DriveFile|DriveFolder)\./, [SCOPE.driveRead, SCOPE.drive]],
  // Class MailApp: sendEmail, getRemainingDailyQuota.
  [/^MailApp\./, [SCOPE.sendMail]],
];

export function scopesFor(method: string): readonly string[] {
  return TABLE.find(([pattern]) => pattern.test(method))?.[1] ?? [];
}

/** Methods that change the spreadsheet (refused in a custom function, rule R3). */
export function isSpreadsheetWrite(method: string): boolean {
  return (
    /^(Spreadsheet|Sheet|Range|Protection)\.(set|insert|clear|hide|show|protect|remove|add|delete|append|sort|toast|merge|copy|move|update)/.test(
      method,
    ) || method === 'SpreadsheetApp.flush'
  );
}
