/** A failure with a message meant for the person at the terminal, printed without a stack trace. */
export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}
