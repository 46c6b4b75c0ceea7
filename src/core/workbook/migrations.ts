import { InputError } from '../kernel/errors';
import type { WorkbookPort } from './port';
import { LAYOUT_VERSION, LAYOUT_VERSION_KEY } from './tab-names';
import { workbookText } from './workbook-text';

/**
 * Layout migrations. The layout version stored in the file says which tabs and columns it
 * follows; setup brings an older file up to date, one step at a time, before it reads it
 * (the steps themselves are listed where setup is: each may need any part of core). What a
 * step cannot change in place — an older column order — is read as it is (opd-tab.ts).
 */
export interface Migration {
  readonly from: number;
  readonly to: number;
  readonly describe: string;
  run(wb: WorkbookPort): void;
}

/** Runs the steps from the stored layout to `target`; returns what was done, for the Log. */
export function migrate(
  wb: WorkbookPort,
  migrations: readonly Migration[],
  target = LAYOUT_VERSION,
): string[] {
  const stored = Number(wb.property(LAYOUT_VERSION_KEY) ?? target);
  if (!Number.isInteger(stored) || stored > target) {
    throw new InputError(workbookText.newerLayout(String(wb.property(LAYOUT_VERSION_KEY)), target));
  }
  const done: string[] = [];
  for (let version = stored; version < target; ) {
    const step = migrations.find((m) => m.from === version);
    if (!step)
      throw new InputError(
        `Tidak ada langkah pembaruan dari tata letak ${version}. Hubungi pengembang add-on.`,
      );
    step.run(wb);
    done.push(step.describe);
    version = step.to;
    wb.setProperty(LAYOUT_VERSION_KEY, String(version));
  }
  return done;
}
