/** One bad input field, as reported to the client. `field` is a dot path into the request body. */
export interface FieldIssue {
  field: string;
  message: string;
  code: string;
}

/** The request itself is malformed (schema, path or header); nothing was read or written. */
export class InvalidRequestError extends Error {
  override readonly name = "InvalidRequestError";
  constructor(
    readonly issues: FieldIssue[],
    message = "The request is not valid.",
  ) {
    super(message);
  }
}
