/** The stream's actual revision did not match what the writer expected. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = "WrongExpectedRevisionError";
  constructor(
    readonly streamId: string,
    readonly expected: import("./port.ts").ExpectedRevision,
    /** The stream's last revision, or `no_stream` when it has no events. */
    readonly actual: number | "no_stream",
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/** An event id was reused for different content, or for a different stream or position in a batch. */
export class DuplicateEventIdError extends Error {
  override readonly name = "DuplicateEventIdError";
  constructor(
    readonly eventId: string,
    detail: string,
  ) {
    super(`event ${eventId}: ${detail}`);
  }
}

/** What went wrong with the storage underneath, in words an operator can act on. */
export type StorageFailure = "corrupt" | "locked" | "read_only" | "full" | "closed" | "io";

/** The storage could not be used; no part of the failed append was written. */
export class StorageError extends Error {
  override readonly name = "StorageError";
  constructor(
    readonly failure: StorageFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
