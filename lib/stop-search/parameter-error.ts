// A request parameter that is unknown, malformed or names a value the data
// does not have. The API turns it into a 400 naming the parameter, so a
// typing mistake is never answered with a silently empty table.
export class ParameterError extends Error {
  override name = 'ParameterError';

  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}
