/** Bad input from the user of a command: reported as one line on stderr, never a stack trace. */
export class InputError extends Error {
  override name = "InputError";
}
