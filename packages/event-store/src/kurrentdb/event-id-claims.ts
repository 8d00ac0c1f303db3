import { randomUUID } from "node:crypto";
import {
  type AppendRecordInput,
  type ConsistencyCheck,
  type KurrentDBClient,
  NO_STREAM,
  START,
  STREAM_STATE,
} from "@kurrent/kurrentdb-client";
import { readStreamEvents } from "./read-stream.ts";
import { positionOf } from "./recorded-event.ts";
import { inconsistentError } from "./storage-errors.ts";

/*
 * The event-id index. KurrentDB checks event ids only inside one stream, only against recent writes or
 * the revisions a writer names, and never compares content; the port promises more: an id is stored once
 * in the whole log, a retry is recognised whatever `expectedRevision` says, and reuse with other content
 * or in another stream is refused. So each event is appended together with a claim on its id: one event
 * in the stream `cobuild-event-id-<id>`, written by the same atomic appendRecords call under a NO_STREAM
 * check. A claim therefore exists exactly when its event does (no orphan after a crash), a reused id fails
 * the whole append before anything is written, and the claim says which stream holds the event and,
 * through its own position, where in `$all` to find it: right after the claims of its transaction.
 * The claim's `$` type keeps it out of readAll, subscriptions and headPosition (excludeSystemEvents).
 */
const CLAIM_STREAM_PREFIX = "cobuild-event-id-";
const CLAIM_EVENT_TYPE = "$cobuild-event-id";

export interface Claim {
  /** The stream the event id was appended to. */
  streamId: string;
  /** The claim's own `$all` position; its event follows it in the same transaction. */
  position: number;
}

/** Stream ids starting like a claim stream would be mistaken for claims. */
export function isReservedForClaims(streamId: string): boolean {
  return streamId.toLowerCase().startsWith(CLAIM_STREAM_PREFIX);
}

export function claimStreamOf(eventId: string): string {
  return `${CLAIM_STREAM_PREFIX}${eventId}`;
}

/** The event id a claim stream stands for, or undefined for any other stream. */
export function eventIdOfClaimStream(streamName: string): string | undefined {
  return isReservedForClaims(streamName)
    ? streamName.slice(CLAIM_STREAM_PREFIX.length).toLowerCase()
    : undefined;
}

/**
 * A fresh record id each time, never derived from the event id: a claim record repeated with the same id
 * would let KurrentDB's own idempotency accept a retry as a success before this store compares content.
 */
export function claimRecord(eventId: string, streamId: string): AppendRecordInput {
  return {
    streamName: claimStreamOf(eventId),
    record: {
      id: randomUUID(),
      contentType: "application/json",
      type: CLAIM_EVENT_TYPE,
      data: { streamId },
      metadata: undefined,
    },
  };
}

export function claimCheck(eventId: string): ConsistencyCheck {
  return { type: STREAM_STATE, streamName: claimStreamOf(eventId), expectedState: NO_STREAM };
}

/** The claim on an event id, or undefined when no event with that id is stored. */
export async function readClaim(client: KurrentDBClient, eventId: string): Promise<Claim | undefined> {
  const [event] = await readStreamEvents(client, claimStreamOf(eventId), {
    fromRevision: START,
    maxCount: 1,
  });
  if (event === undefined) return undefined;
  const data = event.data as { streamId?: unknown } | null;
  const position = positionOf(event);
  if (typeof data?.streamId !== "string" || position === undefined) {
    throw inconsistentError(`the id claim of event ${eventId} names no stream or has no position`);
  }
  return { streamId: data.streamId, position };
}
