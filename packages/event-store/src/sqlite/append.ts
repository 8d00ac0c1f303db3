import { DuplicateEventIdError } from "../errors.ts";
import { checkExpected } from "../expected-revision.ts";
import type { AppendResult, ExpectedRevision, NewEvent } from "../port.ts";
import { canonicalJson } from "./canonical-json.ts";
import type { EventRow, Statements } from "./schema.ts";

/** An event serialised before it is queued, so a value JSON cannot hold fails its own append at once. */
export interface PreparedEvent {
  id: string;
  type: string;
  dataJson: string;
  metaJson: string;
  /** Canonical JSON of the data, to recognise a retry whatever the key order. */
  canonicalData: string;
  occurredAt: string | undefined;
}

export interface AppendRequest {
  streamId: string;
  events: readonly PreparedEvent[];
  expected: ExpectedRevision;
}

/** Validates the caller's input and serialises it; throws TypeError/RangeError/DuplicateEventIdError. */
export function prepareAppend(
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  clock: () => Date,
): AppendRequest {
  if (typeof streamId !== "string" || streamId.length === 0)
    throw new TypeError("streamId must be a non-empty string");
  if (typeof expected === "number" && (!Number.isSafeInteger(expected) || expected < 0)) {
    throw new RangeError(`expectedRevision must be a revision (an integer >= 0), got ${expected}`);
  }
  const seen = new Set<string>();
  const prepared = events.map((event): PreparedEvent => {
    if (typeof event.id !== "string" || event.id.length === 0)
      throw new TypeError("event id must be a non-empty string");
    if (typeof event.type !== "string" || event.type.length === 0)
      throw new TypeError("event type must be a non-empty string");
    if (seen.has(event.id)) throw new DuplicateEventIdError(event.id, "appears twice in the same append");
    seen.add(event.id);
    const dataJson = JSON.stringify(event.data ?? null);
    return {
      id: event.id,
      type: event.type,
      dataJson,
      metaJson: JSON.stringify(event.meta ?? {}),
      canonicalData: canonicalJson(JSON.parse(dataJson)),
      // Stamped when the append is asked for (a writer thread has no clock of the caller's).
      occurredAt: event.occurredAt ?? clock().toISOString(),
    };
  });
  return { streamId, events: prepared, expected };
}

/**
 * Runs one append against the current (in-transaction) state: replay detection first, then the revision
 * check, then the inserts. Throws on refusal; the caller's SAVEPOINT undoes anything already inserted.
 */
export function appendInTransaction(
  statements: Statements,
  clock: () => Date,
  request: AppendRequest,
): AppendResult {
  const { streamId, events, expected } = request;
  const replayed = findReplay(statements, request);
  if (replayed !== undefined) return replayed;
  const head = statements.streamHead.get(streamId);
  const current = head?.revision ?? -1;
  checkExpected(streamId, expected, current);
  if (events.length === 0) return { nextRevision: current, position: head?.position ?? 0 };
  let position = 0;
  events.forEach((event, index) => {
    const occurredAt = event.occurredAt ?? clock().toISOString();
    const info = statements.insert.run(
      event.id,
      streamId,
      current + 1 + index,
      event.type,
      event.dataJson,
      event.metaJson,
      occurredAt,
    );
    position = Number(info.lastInsertRowid);
  });
  return { nextRevision: current + events.length, position };
}

/**
 * A retry is recognised only when it is exactly (a prefix of) what was stored: every id present, in this
 * stream, consecutive, in order, with the same type and data. Meta and occurredAt may differ: a retried
 * request legitimately carries a new correlation id and clock reading.
 */
function findReplay(statements: Statements, { streamId, events }: AppendRequest): AppendResult | undefined {
  const rows = events.map((event) => statements.eventById.get(event.id));
  const stored = rows.filter((row): row is EventRow => row !== undefined);
  if (stored.length === 0) return undefined;
  if (stored.length < rows.length) {
    const id = stored[0]!.id;
    throw new DuplicateEventIdError(
      id,
      "is already stored but other events of this append are not; a retry must repeat the original append exactly",
    );
  }
  const first = stored[0]!;
  stored.forEach((row, index) => {
    const event = events[index]!;
    if (row.stream_id !== streamId) {
      throw new DuplicateEventIdError(row.id, `is already stored in stream ${row.stream_id}`);
    }
    if (row.revision !== first.revision + index) {
      throw new DuplicateEventIdError(
        row.id,
        "is already stored, but not in the same order as in this append",
      );
    }
    if (row.type !== event.type || canonicalJson(JSON.parse(row.data)) !== event.canonicalData) {
      throw new DuplicateEventIdError(row.id, "is already stored with a different type or data");
    }
  });
  const last = stored[stored.length - 1]!;
  return { nextRevision: last.revision, position: last.position };
}
