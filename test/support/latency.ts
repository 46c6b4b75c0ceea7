/**
 * The modelled cost of Apps Script service calls (README, Benchmarks). Each call is a round
 * trip to Google; these latencies sit inside the range Google's guidance gives (tens to
 * hundreds of ms). The runtime's clock moves by them when a bench turns the model on, so
 * pausing near the 6-minute limit happens as it would for real.
 */
export const LATENCY_MS = {
  spreadsheetRead: 150, // getValues, getFormulas, getRichTextValues, getDataRange…: a round trip
  spreadsheetWrite: 200, // setValues, clearContent: a round trip that also recalculates
  spreadsheetOther: 5, // getters of objects already fetched, setters Apps Script queues
  properties: 20,
  lock: 20,
  driveRound: 1_500, // one UrlFetchApp.fetchAll of up to 100 requests, sent in parallel
  driveApp: 300,
  mail: 300,
  trigger: 100,
} as const;

export function latencyOf(method: string): number {
  if (method === 'UrlFetchApp.fetchAll') return LATENCY_MS.driveRound;
  if (method.startsWith('DriveApp.')) return LATENCY_MS.driveApp;
  if (method.startsWith('Properties.')) return LATENCY_MS.properties;
  if (method.startsWith('Lock.')) return LATENCY_MS.lock;
  if (method.startsWith('MailApp.')) return LATENCY_MS.mail;
  if (/^ScriptApp\.(newTrigger|getUserTriggers|getProjectTriggers|deleteTrigger)$/.test(method))
    return LATENCY_MS.trigger;
  if (/\.(getValues|getFormulas|getRichTextValues|getDataRange|getSheets|getLastRow)$/.test(method))
    return LATENCY_MS.spreadsheetRead;
  if (/\.(setValues|clearContent)$/.test(method)) return LATENCY_MS.spreadsheetWrite;
  return LATENCY_MS.spreadsheetOther;
}

export function modelledMs(calls: readonly string[]): number {
  return calls.reduce((ms, c) => ms + latencyOf(c), 0);
}
