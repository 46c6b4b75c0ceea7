import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { kendariDemo } from '../../src/core/demo/kendari-demo';
import { defaultOpds } from '../../src/core/workbook/ownership';
import { FakeDrive } from '../fakes/drive';
import { FakeMail } from '../fakes/mail';
import { FakeEnvironment } from '../fakes/spreadsheet-app';
import { sandbox } from './bundle';
import { typeDemo } from './demo-typing';

export const ADMIN = 'kominfo.admin@example.org';
export const opds = defaultOpds(SPBE_2020);
export const demo = kendariDemo(SPBE_2020, opds, 2026);

/** How far the coordinator and the PICs have gone when a test starts. */
export type DemoStage = 'bare' | 'set-up' | 'typed' | 'checked';

/**
 * The 12-OPD Kendari demo behind the built bundle, on a day of its evaluation year 2026 (the
 * evidence window is then 2025-01-01 to 2026-12-31): an empty spreadsheet ('bare'), after
 * SPBE › Siapkan workbook ('set-up'), after every PIC typed the demo answers in their tab
 * ('typed'), and after SPBE › Cek kelengkapan ('checked'). Drive answers for the demo's files.
 */
export function demoWorld(stage: DemoStage, mailQuota = 100) {
  const env = new FakeEnvironment(ADMIN);
  const drive = new FakeDrive(env.log, demo.files);
  const mail = new FakeMail(env.log, mailQuota);
  const box = sandbox({ ...env.services(), ...drive.services(), ...mail.services() });
  box.setClock(() => Date.UTC(2026, 10, 28, 2, 0, 0));
  if (stage === 'bare') return { env, drive, mail, box };
  box.call('menuSiapkanWorkbook');
  if (stage === 'set-up') return { env, drive, mail, box };
  typeDemo(env, opds, demo, ADMIN);
  if (stage === 'checked') box.call('menuCekKelengkapan');
  return { env, drive, mail, box };
}
