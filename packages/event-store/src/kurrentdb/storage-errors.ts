import { DuplicateEventIdError, StorageError, WrongExpectedRevisionError } from "../errors.ts";

/** The connection string as it may appear in messages and logs: without the user's password. */
export function withoutCredentials(connectionString: string): string {
  return connectionString.replace(/\/\/[^@/?#]*@/, "//");
}

function detailOf(cause: unknown): string {
  return cause instanceof Error ? ` (${cause.name}: ${cause.message})` : "";
}

/** Every later call once the store is closed. */
export function closedError(cause?: unknown): StorageError {
  return new StorageError(
    "closed",
    "The event store has been closed (the process is shutting down, or a caller kept a stale reference). " +
      `Open a new store.${detailOf(cause)}`,
    { cause },
  );
}

/** KurrentDB could not be reached or refused the request: the server, the network or the credentials. */
export function unreachableError(address: string, cause: unknown): StorageError {
  return new StorageError(
    "io",
    `KurrentDB at ${address} did not answer or refused the request. Check that the server is up and ` +
      "reachable, that the connection string is right (tls=false for an insecure node), and that its user " +
      `may read $all and write streams, then retry; a failed append wrote nothing.${detailOf(cause)}`,
    { cause },
  );
}

/** What the server holds contradicts what this store wrote (an id claim without its event, a missing position). */
export function inconsistentError(detail: string): StorageError {
  return new StorageError(
    "corrupt",
    `KurrentDB holds data this event store cannot read back: ${detail}. Was the stream or its id claim ` +
      "deleted, scavenged or written by another tool?",
  );
}

/** The port's own errors pass unchanged; anything else the client threw becomes a StorageError. */
export function toStorageError(error: unknown, address: string, closed: boolean): Error {
  if (
    error instanceof StorageError ||
    error instanceof WrongExpectedRevisionError ||
    error instanceof DuplicateEventIdError
  ) {
    return error;
  }
  // Calls still running when close() disposed the client fail with cancellations: report why.
  return closed ? closedError(error) : unreachableError(address, error);
}
