import {
  DuplicateEventIdError,
  StorageError,
  type StorageFailure,
  WrongExpectedRevisionError,
} from "../errors.ts";
import type { AppendResult, ExpectedRevision } from "../port.ts";
import type { AppendRequest } from "./append.ts";

/** What the writer thread needs to open the file the way the store did. */
export interface WriterSettings {
  path: string;
  busyTimeoutMs: number;
  maxSizeBytes?: number;
}

/** Messages to the writer thread. */
export type WriterRequest = { kind: "append"; id: number; request: AppendRequest } | { kind: "close" };

/** Messages from it: an append's outcome (after its transaction committed or was refused), or "closed". */
export type WriterReply =
  | { kind: "appended"; id: number; result: AppendResult; stats: WriterStats }
  | { kind: "refused"; id: number; error: WireError; stats: WriterStats }
  | { kind: "closed" };

export interface WriterStats {
  commits: number;
  writesCommitted: number;
}

/** An error as it crosses the thread boundary: structured clone keeps neither class nor custom fields. */
export type WireError =
  | {
      name: "WrongExpectedRevisionError";
      streamId: string;
      expected: ExpectedRevision;
      actual: number | "no_stream";
    }
  | { name: "DuplicateEventIdError"; eventId: string; message: string }
  | { name: "StorageError"; failure: StorageFailure; message: string }
  | { name: "Error"; message: string };

export function toWire(error: unknown): WireError {
  if (error instanceof WrongExpectedRevisionError) {
    const { streamId, expected, actual } = error;
    return { name: "WrongExpectedRevisionError", streamId, expected, actual };
  }
  if (error instanceof DuplicateEventIdError) {
    return { name: "DuplicateEventIdError", eventId: error.eventId, message: error.message };
  }
  if (error instanceof StorageError)
    return { name: "StorageError", failure: error.failure, message: error.message };
  return { name: "Error", message: error instanceof Error ? error.message : String(error) };
}

export function fromWire(error: WireError): Error {
  switch (error.name) {
    case "WrongExpectedRevisionError":
      return new WrongExpectedRevisionError(error.streamId, error.expected, error.actual);
    case "DuplicateEventIdError":
      return new DuplicateEventIdError(error.eventId, error.message.slice(`event ${error.eventId}: `.length));
    case "StorageError":
      return new StorageError(error.failure, error.message);
    case "Error":
      return new Error(error.message);
  }
}
