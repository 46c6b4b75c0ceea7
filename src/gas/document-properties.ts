/**
 * The file's document properties as the workbook adapter uses them. An execution that needs
 * several reads them all in one call (the audit trigger) and keeps that copy current with its
 * own writes; others read each time, as a concurrent execution may have changed one
 * meanwhile. The adapter's own bookkeeping (tab marks, format signatures) written under the
 * lock goes out in one call as the lock is released, not once per tab: a run killed before
 * that loses only bookkeeping, and the next run finds its tabs by name and formats again.
 */
export class DocumentProperties {
  private snapshot: Record<string, string> | undefined;
  private deferred: Record<string, string> | undefined;

  constructor(private readonly properties: GoogleAppsScript.Properties.Properties) {}

  preload(): Readonly<Record<string, string>> {
    this.snapshot ??= { ...this.properties.getProperties() };
    return this.snapshot;
  }

  get(key: string): string | null {
    if (this.snapshot) return this.snapshot[key] ?? null;
    return this.properties.getProperty(key);
  }

  private records = new Map<string, Record<string, string>>();

  /**
   * A record the adapter keeps as JSON in one property (its format signatures), read from the
   * file once per execution whatever was preloaded, and changed in place by its user.
   */
  record(key: string): Record<string, string> {
    let record = this.records.get(key);
    if (!record) {
      const raw = this.properties.getProperty(key);
      record = raw ? (JSON.parse(raw) as Record<string, string>) : {};
      this.records.set(key, record);
    }
    return record;
  }

  withPrefix(prefix: string): Record<string, string> {
    return Object.fromEntries(
      Object.entries(this.snapshot ?? this.properties.getProperties()).filter(([k]) =>
        k.startsWith(prefix),
      ),
    );
  }

  delete(key: string): void {
    this.properties.deleteProperty(key);
    if (this.snapshot) delete this.snapshot[key];
  }

  set(key: string, value: string): void {
    this.properties.setProperty(key, value);
    if (this.snapshot) this.snapshot[key] = value;
  }

  /** Bookkeeping: deferred while `deferring` runs, written at once otherwise. */
  bookkeep(key: string, value: string): void {
    if (this.deferred) this.deferred[key] = value;
    else this.properties.setProperty(key, value);
  }

  /** Runs `fn`, writing the bookkeeping it did in one call when the outermost run ends. */
  deferring<T>(fn: () => T): T {
    const outermost = this.deferred === undefined;
    if (outermost) this.deferred = {};
    try {
      return fn();
    } finally {
      if (outermost) {
        const pending = this.deferred ?? {};
        this.deferred = undefined;
        if (Object.keys(pending).length > 0) this.properties.setProperties(pending);
      }
    }
  }
}
