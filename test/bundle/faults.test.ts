import type { FakeEnvironment } from '../fakes/spreadsheet-app';
import { reportedFindings, typeDemo } from '../support/demo-typing';
import { ADMIN, demo, demoWorld, opds } from '../support/demo-world';

/**
 * A run that dies midway — at any service call of setup or of the check — leaves a workbook
 * that still reads, and the next run completes the work with nothing lost: the end state is
 * the one a run without the fault reaches.
 */

function world() {
  return demoWorld('bare');
}

/**
 * Every tab's cells and protections, without the Log and the snapshots (history of the runs:
 * a recovering run may rightly keep a snapshot of what it found).
 */
function state(env: FakeEnvironment): string {
  return JSON.stringify(
    env.spreadsheet.sheets
      .filter((s) => s.name !== 'Log' && s.name !== '_Snapshot')
      .map((s) => [
        s.name,
        s.contents
          .map((r) => r.map((c) => (c === undefined ? '' : c)))
          .filter((r) => r.some((c) => c !== '')),
        s.protections
          .map((p) => [p.type, p.description, [...p.editors].sort(), p.unprotected, p.box])
          .sort(),
        s.rules.length,
      ]),
  );
}

/** Runs `action`, failing at the n-th service call; a menu action reports and rethrows. */
function failingAt(w: ReturnType<typeof world>, n: number, action: string): boolean {
  w.env.log.failAfter = n;
  try {
    w.menu(action);
  } catch {
    // The user saw the alert; the execution ended there.
  }
  const failed = w.env.log.failAfter === undefined;
  w.env.log.failAfter = undefined;
  return failed;
}

function callsOf(prepare: (w: ReturnType<typeof world>) => void, action: string): number {
  const w = world();
  prepare(w);
  const before = w.env.log.calls.length;
  w.menu(action);
  return w.env.log.calls.length - before;
}

describe('setup dies at a service call', () => {
  const filled = (w: ReturnType<typeof world>) => {
    w.menu('menuSetup');
    typeDemo(w.env, opds, demo, ADMIN);
  };
  const reference = (() => {
    const w = world();
    filled(w);
    w.menu('menuSetup');
    return state(w.env);
  })();
  const total = callsOf(filled, 'menuSetup');

  it('at any call, on a filled workbook: the next run ends as an unbroken run does, every answer kept', () => {
    expect(total).toBeGreaterThan(100);
    // Every 13th call (a prime stride, so that every kind of call is hit somewhere).
    for (let n = 1; n <= total; n += 13) {
      const w = world();
      filled(w);
      expect(failingAt(w, n, 'menuSetup')).toBe(true);
      for (const sheet of w.env.spreadsheet.sheets)
        expect(() => sheet.getDataRange().getValues()).not.toThrow();
      w.menu('menuSetup');
      expect([n, state(w.env) === reference]).toEqual([n, true]);
    }
  });

  it('at any call of the first setup on an empty Sheet: the next run builds the whole workbook', () => {
    const clean = world();
    clean.menu('menuSetup');
    const want = state(clean.env);
    const first = callsOf(() => {}, 'menuSetup');
    for (let n = 1; n <= first; n += 17) {
      const w = world();
      expect(failingAt(w, n, 'menuSetup')).toBe(true);
      w.menu('menuSetup');
      expect([n, state(w.env) === want]).toEqual([n, true]);
    }
  });
});

describe('the completeness check dies at a service call', () => {
  const ready = (w: ReturnType<typeof world>) => {
    w.menu('menuSetup');
    typeDemo(w.env, opds, demo, ADMIN);
  };
  const total = callsOf(ready, 'menuCheck');

  it('at any call (Drive included): the next run finds exactly the planted problems', () => {
    for (let n = 1; n <= total; n += 7) {
      const w = world();
      ready(w);
      expect(failingAt(w, n, 'menuCheck')).toBe(true);
      w.menu('menuCheck');
      const found = reportedFindings(w.env);
      expect([n, found.length]).toEqual([n, demo.planted.length]);
    }
  });
});
