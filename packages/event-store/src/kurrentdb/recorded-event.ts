import type {
  RecordedEvent as KurrentRecordedEvent,
  Position,
  ReadPosition,
} from "@kurrent/kurrentdb-client";
import type { EventMeta, RecordedEvent } from "../port.ts";
import { inconsistentError } from "./storage-errors.ts";

// Record properties (KurrentDB's event metadata) holding what the port keeps beside type and data.
// KurrentDB gives `$`-keys meaning, so these are namespaced instead; it adds `$schema.*` keys of its own.
const META_PROPERTY = "cobuild.meta";
const OCCURRED_AT_PROPERTY = "cobuild.occurredAt";

/** appendRecords accepts string-valued properties only, so the meta travels as its JSON text. */
export function eventProperties(metaJson: string, occurredAt: string): Record<string, string> {
  return { [META_PROPERTY]: metaJson, [OCCURRED_AT_PROPERTY]: occurredAt };
}

/**
 * Whether an event of `$all` belongs to the application. KurrentDB's own events and this store's id claims
 * have `$`-types (the server-side excludeSystemEvents filter drops them); `$`-streams are KurrentDB's too,
 * whatever their type, and the store never writes to them.
 */
export function isApplicationEvent(event: { type: string; streamId: string }): boolean {
  return !event.type.startsWith("$") && !event.streamId.startsWith("$");
}

// A server that does not know where an event was committed sends -1 as an unsigned 64-bit number.
const NO_POSITION = 2n ** 63n;

/**
 * The port's position of an event: its `$all` commit position. Byte offsets stay far below 2^53, so the
 * number is exact. Undefined when the server did not say (stream reads on servers older than 22.6).
 */
export function positionOf(event: KurrentRecordedEvent): number | undefined {
  const commit = event.position?.commit;
  return commit === undefined || commit >= NO_POSITION ? undefined : Number(commit);
}

/** The position of an event read from `$all`, where the server always sends one. */
export function logPositionOf(event: KurrentRecordedEvent): number {
  const position = positionOf(event);
  if (position === undefined)
    throw inconsistentError(`event ${event.id} was read from $all without a position`);
  return position;
}

/**
 * Where to read `$all` from so that the event at `position` comes first. Every event this store writes is
 * its own implicit transaction record, so its commit and prepare positions are the same number.
 */
export function atPosition(position: number): Position & ReadPosition {
  return { commit: BigInt(position), prepare: BigInt(position) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}

function parseMeta(json: string, eventId: string): EventMeta {
  try {
    return JSON.parse(json) as EventMeta;
  } catch {
    throw inconsistentError(`the meta of event ${eventId} is not JSON`);
  }
}

/** The port's view of a stored event; `occurredAt` falls back to the server's clock for foreign events. */
export function toRecordedEvent(event: KurrentRecordedEvent, position: number): RecordedEvent {
  const properties = isRecord(event.metadata) ? event.metadata : {};
  const meta = properties[META_PROPERTY];
  const occurredAt = properties[OCCURRED_AT_PROPERTY];
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    revision: Number(event.revision),
    position,
    occurredAt: typeof occurredAt === "string" ? occurredAt : event.created.toISOString(),
    data: event.data,
    // An event another tool wrote has no meta of ours: its metadata is the closest thing.
    meta: typeof meta === "string" ? parseMeta(meta, event.id) : (properties as EventMeta),
  };
}
