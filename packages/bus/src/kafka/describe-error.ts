/** The message of whatever was thrown, for an error that wraps it as its cause. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
