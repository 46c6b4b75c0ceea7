/**
 * A problem the user can fix: its message is shown as is (in a cell's #ERROR! tooltip, a
 * dialog or the terminal), so it says what is wrong, where, and what to do next.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
