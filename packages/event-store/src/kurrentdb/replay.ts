import { setTimeout as sleep } from "node:timers/promises";
import type { KurrentDBClient } from "@kurrent/kurrentdb-client";
import { DuplicateEventIdError } from "../errors.ts";
import type { AppendResult } from "../port.ts";
import { canonicalJson } from "../sqlite/canonical-json.ts";
import type { PreparedAppend } from "./append-request.ts";
import { type Claim, readClaim } from "./event-id-claims.ts";
import type { LogReader } from "./log-reader.ts";
import { readStreamEvents } from "./read-stream.ts";
import { atPosition, logPositionOf, positionOf } from "./recorded-event.ts";
import { inconsistentError } from "./storage-errors.ts";

// KurrentDB refuses a claim as soon as the claiming transaction is written, a moment before it can be read
// (another process's append racing this one); these waits, about 2 s in all, cover that moment.
const CLAIM_READ_DELAYS_MS = [0, 10, 20, 40, 80, 160, 320, 640, 1000];

async function claimOf(
  client: KurrentDBClient,
  eventId: string,
  reportedTaken: boolean,
): Promise<Claim | undefined> {
  for (const delay of reportedTaken ? CLAIM_READ_DELAYS_MS : [0]) {
    if (delay > 0) await sleep(delay);
    const claim = await readClaim(client, eventId);
    if (claim !== undefined) return claim;
  }
  if (reportedTaken)
    throw inconsistentError(`KurrentDB refused event ${eventId} as claimed, but no claim can be read`);
  return undefined;
}

/** An event as `$all` holds it, found from its claim: the claim precedes it in the same transaction. */
async function eventAfterClaim(log: LogReader, streamId: string, eventId: string, claim: Claim) {
  const found = await log.findInStream(streamId, new Set([eventId]), atPosition(claim.position));
  const event = found.get(eventId);
  if (event === undefined)
    throw inconsistentError(`event ${eventId} is claimed for ${streamId} but is not in it`);
  return event;
}

/**
 * Decides an append KurrentDB refused because some of its event ids are claimed (the refused call wrote
 * nothing). As the port says: when every id is stored in this stream, consecutively, in this order, with
 * the same type and data, the original result; any other reuse is a DuplicateEventIdError. Meta and
 * occurredAt may differ: a retried request legitimately carries a new correlation id and clock reading.
 * Cost: one read per claim, a short `$all` read from the first claim to its event (they share a
 * transaction), and one read of the stored events.
 */
export async function resolveReplay(
  client: KurrentDBClient,
  log: LogReader,
  request: PreparedAppend,
  reportedTaken: ReadonlySet<string>,
): Promise<AppendResult> {
  const { streamId, events } = request;
  const found = await Promise.all(
    events.map((event) => claimOf(client, event.id, reportedTaken.has(event.id))),
  );
  const claims = found.filter((claim) => claim !== undefined);
  const firstTaken = found.findIndex((claim) => claim !== undefined);
  if (firstTaken === -1)
    throw inconsistentError(`KurrentDB refused an append to ${streamId} for no visible reason`);
  if (claims.length < events.length) {
    throw new DuplicateEventIdError(
      events[firstTaken]!.id,
      "is already stored but other events of this append are not; a retry must repeat the original append exactly",
    );
  }
  claims.forEach((claim, index) => {
    if (claim.streamId !== streamId)
      throw new DuplicateEventIdError(events[index]!.id, `is already stored in stream ${claim.streamId}`);
  });

  const first = await eventAfterClaim(log, streamId, events[0]!.id, claims[0]!);
  const stored = await readStreamEvents(client, streamId, {
    fromRevision: first.revision,
    maxCount: events.length,
  });
  events.forEach((event, index) => {
    const row = stored[index];
    if (row?.id !== event.id)
      throw new DuplicateEventIdError(
        event.id,
        "is already stored, but not in the same order as in this append",
      );
    if (row.type !== event.type || canonicalJson(row.data) !== event.canonicalData)
      throw new DuplicateEventIdError(event.id, "is already stored with a different type or data");
  });

  const last = stored[events.length - 1]!;
  const position =
    positionOf(last) ??
    logPositionOf(await eventAfterClaim(log, streamId, last.id, claims[events.length - 1]!));
  return { nextRevision: Number(last.revision), position };
}
