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

/** The message of anything thrown (an Error of any realm, or a string). */
export function messageOf(error: unknown): string {
  if (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  ) {
    return (error as { message: string }).message;
  }
  return String(error);
}
