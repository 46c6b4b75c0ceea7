/**
 * How this code runs: as a script bound to the Sheet (pushed into its own project), or as an
 * Editor add-on installed from the Marketplace. Triggers behave differently in each (an
 * add-on's time-driven triggers run at most hourly, one of each type per user and file).
 * A test deployment reports no installation source, like a bound script; it runs no
 * installable trigger at all, which the messages allow for ("bila belum berlanjut…").
 */
export function deployment(): 'bound' | 'addon' {
  return String(ScriptApp.getInstallationSource()) === String(ScriptApp.InstallationSource.NONE)
    ? 'bound'
    : 'addon';
}
