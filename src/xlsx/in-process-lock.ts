import { setupText } from '../core/actions/setup/setup-text';
import { InputError } from '../core/kernel/errors';

/**
 * The document lock of workbooks that live in one process (in memory, an .xlsx being
 * processed): a nested or concurrent run is refused with the same message as in Sheets.
 */
export class InProcessLock {
  private held = false;

  run<T>(fn: () => T): T {
    if (this.held) throw new InputError(setupText.lockBusy());
    this.held = true;
    try {
      return fn();
    } finally {
      this.held = false;
    }
  }
}
