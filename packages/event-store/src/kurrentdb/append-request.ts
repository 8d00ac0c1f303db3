import {
  type AppendRecordInput,
  type AppendStreamState,
  type ConsistencyCheck,
  type JSONType,
  NO_STREAM,
  STREAM_EXISTS,
  STREAM_STATE,
} from "@kurrent/kurrentdb-client";
import { DuplicateEventIdError } from "../errors.ts";
import type { ExpectedRevision, NewEvent } from "../port.ts";
import { canonicalJson } from "../sqlite/canonical-json.ts";
import { claimCheck, claimRecord, isReservedForClaims } from "./event-id-claims.ts";
import { eventProperties } from "./recorded-event.ts";

/** An event checked and serialised before it is queued, so bad input fails its own append at once. */
export interface PreparedEvent {
  /** Lower case: KurrentDB stores ids as UUIDs and reads them back in lower case. */
  id: string;
  type: string;
  /** The data as JSON gives it back (toJSON applied, undefined members dropped), as the SQLite store keeps it. */
  data: unknown;
  /** Canonical JSON of the data, to recognise a retry whatever the key order. */
  canonicalData: string;
  metaJson: string;
  occurredAt: string | undefined;
}

export interface PreparedAppend {
  streamId: string;
  events: readonly PreparedEvent[];
  expected: ExpectedRevision;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_UUID = "00000000-0000-0000-0000-000000000000";
// The names KurrentDB's appendRecords accepts as event types (its SchemaNameValidator).
const EVENT_TYPE = /^[\p{L}\p{N}_.$:-]+$/u;

function checkStreamId(streamId: string): void {
  if (typeof streamId !== "string" || streamId.length === 0)
    throw new TypeError("streamId must be a non-empty string");
  if (streamId.startsWith("$"))
    throw new TypeError(`stream ${streamId}: ids starting with $ are KurrentDB's system streams`);
  if (isReservedForClaims(streamId))
    throw new TypeError(`stream ${streamId}: this prefix is reserved for the store's event-id claims`);
}

function checkEventType(type: string): void {
  if (typeof type !== "string" || type.length === 0)
    throw new TypeError("event type must be a non-empty string");
  // A `$` type would be taken for a system event and never read back.
  if (type.startsWith("$") || !EVENT_TYPE.test(type) || type.normalize("NFC") !== type) {
    throw new TypeError(
      `event type ${type}: KurrentDB accepts letters, digits and _ . : - (NFC, not starting with $)`,
    );
  }
}

function prepareEvent(event: NewEvent): PreparedEvent {
  if (typeof event.id !== "string" || !UUID.test(event.id) || event.id === NIL_UUID)
    throw new TypeError(`event id ${String(event.id)} must be a UUID`);
  checkEventType(event.type);
  const dataJson = JSON.stringify(event.data ?? null);
  if (dataJson === undefined) throw new TypeError(`event ${event.id}: data must be a JSON value`);
  const data: unknown = JSON.parse(dataJson);
  return {
    id: event.id.toLowerCase(),
    type: event.type,
    data,
    canonicalData: canonicalJson(data),
    metaJson: JSON.stringify(event.meta ?? {}),
    occurredAt: event.occurredAt,
  };
}

/** Validates the caller's input and serialises it; throws TypeError, RangeError or DuplicateEventIdError. */
export function prepareAppend(
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): PreparedAppend {
  checkStreamId(streamId);
  if (typeof expected === "number" && (!Number.isSafeInteger(expected) || expected < 0)) {
    throw new RangeError(`expectedRevision must be a revision (an integer >= 0), got ${expected}`);
  }
  const seen = new Set<string>();
  const prepared = events.map((event) => {
    const next = prepareEvent(event);
    if (seen.has(next.id)) throw new DuplicateEventIdError(event.id, "appears twice in the same append");
    seen.add(next.id);
    return next;
  });
  return { streamId, events: prepared, expected };
}

/** KurrentDB's expected state for the port's expectation; `any` is no check at all. */
function toStreamState(expected: ExpectedRevision): AppendStreamState | undefined {
  if (expected === "any") return undefined;
  if (expected === "no_stream") return NO_STREAM;
  if (expected === "stream_exists") return STREAM_EXISTS;
  return BigInt(expected);
}

/**
 * The records of one atomic appendRecords call: every id claim first, then the events. The last record is
 * then the stream's last event, so the position the server reports for the call is that event's.
 */
export function toRecords(request: PreparedAppend, clock: () => Date): AppendRecordInput[] {
  const claims = request.events.map((event) => claimRecord(event.id, request.streamId));
  const events = request.events.map(
    (event): AppendRecordInput => ({
      streamName: request.streamId,
      record: {
        id: event.id,
        contentType: "application/json",
        type: event.type,
        // The client sends JSON.stringify(data), so every JSON value works; its type names only three kinds.
        data: event.data as JSONType,
        metadata: eventProperties(event.metaJson, event.occurredAt ?? clock().toISOString()),
      },
    }),
  );
  return [...claims, ...events];
}

/** Every claim stream must not exist yet; the target stream must be as the writer expects. */
export function toChecks(request: PreparedAppend): ConsistencyCheck[] {
  const checks = request.events.map((event) => claimCheck(event.id));
  const state = toStreamState(request.expected);
  if (state !== undefined)
    checks.push({ type: STREAM_STATE, streamName: request.streamId, expectedState: state });
  return checks;
}
