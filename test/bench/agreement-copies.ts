/**
 * Grows a seeded demo log to a given size for the catch-up benchmark: the demo's street, community, units
 * and agreements (with every contribution, verification and dispute on them) are appended again and again,
 * each copy with its street, community, unit and agreement ids suffixed, so the copies are new places that
 * hang together rather than the same boards growing without end. Goes through the store's own appends.
 */
import { randomUUID } from "node:crypto";
import type { EventStore, RecordedEvent } from "@cobuild/event-store";

/** The streams copied: the agreements and the places they need to exist. */
const COPIED = /^(street|community|unit|agreement)-/;

/** Where each copied kind of thing declares its id. */
const DECLARES: Record<string, string> = {
  StreetRegistered: "streetId",
  CommunityRegistered: "communityId",
  UnitRegistered: "unitId",
  AgreementDrafted: "agreementId",
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Appends copies of the demo's places and agreements until the log holds at least `target` events. */
export async function growToAtLeast(store: EventStore, target: number): Promise<{ copies: number }> {
  const template = (await store.readAll()).filter((event) => COPIED.test(event.streamId));
  const ids = new Set<string>();
  for (const event of template) {
    const field = DECLARES[event.type];
    const id = field === undefined ? undefined : (event.data as Record<string, Json>)[field];
    if (typeof id === "string") ids.add(id);
  }
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of template) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
  const missing = target - (await store.headPosition());
  const copies = Math.max(0, Math.ceil(missing / template.length));
  for (let copy = 1; copy <= copies; copy++) {
    const rename = (value: string) => (ids.has(value) ? `${value}-c${copy}` : value);
    // The streams of one copy are independent of each other's revisions: append them together, so the
    // store's group commit writes them in a few transactions.
    await Promise.all(
      [...streams].map(([streamId, events]) =>
        store.appendToStream(
          renameStream(streamId, rename),
          events.map((event) => copyOf(event, rename)),
          { expectedRevision: "no_stream" },
        ),
      ),
    );
  }
  return { copies };
}

function copyOf(event: RecordedEvent, rename: (value: string) => string) {
  return {
    id: randomUUID(),
    type: event.type,
    data: renamed(event.data as Json, rename),
    meta: event.meta,
    occurredAt: event.occurredAt,
  };
}

function renameStream(streamId: string, rename: (value: string) => string): string {
  const dash = streamId.indexOf("-");
  return `${streamId.slice(0, dash)}-${rename(streamId.slice(dash + 1))}`;
}

function renamed(value: Json, rename: (value: string) => string): Json {
  if (typeof value === "string") return rename(value);
  if (Array.isArray(value)) return value.map((item) => renamed(item, rename));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renamed(item, rename)]));
  return value;
}
