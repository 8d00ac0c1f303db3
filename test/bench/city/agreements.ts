/**
 * Agreements of a seeded demo log that still take contributions, and a way to grow one to a given length
 * through the real decider and the real store, much faster than one HTTP command per event.
 */
import { randomUUID } from "node:crypto";
import {
  AgreementEvent,
  type AgreementState,
  agreementDecider,
  agreementStream,
  foldingWith,
  isSignedAgreement,
  LogContributionInput,
  localDate,
} from "@cobuild/domain";
import { openSqliteEventStore } from "@cobuild/event-store";
import { eventsFile, readRows } from "./demo-log.ts";

/** A signed agreement and one of its commitments that is still open. */
export interface OpenAgreement {
  agreementId: string;
  commitmentId: string;
  events: number;
}

/** Today as the demo's community sees it; contributions may not be dated later. */
export const today = (): string => localDate(new Date(), "Asia/Shanghai");

const foldStream = (events: readonly { type: string; data: unknown }[]): AgreementState =>
  events
    .map((event) => AgreementEvent.parse({ type: event.type, data: event.data }))
    .reduce(agreementDecider.evolve, agreementDecider.initialState);

/** Every signed agreement of the log with an open commitment, in stream-id order. */
export function openAgreements(dataDir: string): OpenAgreement[] {
  const byStream = new Map<string, { type: string; data: unknown }[]>();
  for (const row of readRows(eventsFile(dataDir))) {
    if (!row.stream_id.startsWith("agreement-")) continue;
    const events = byStream.get(row.stream_id) ?? [];
    events.push({ type: row.type, data: JSON.parse(row.data) });
    byStream.set(row.stream_id, events);
  }
  const open: OpenAgreement[] = [];
  for (const [streamId, events] of [...byStream].sort(([a], [b]) => a.localeCompare(b))) {
    const state = foldStream(events);
    if (!isSignedAgreement(state)) continue;
    const commitmentId = [...state.logged.keys()].find((c) => !state.fulfilled.has(c));
    if (commitmentId)
      open.push({ agreementId: streamId.slice("agreement-".length), commitmentId, events: events.length });
  }
  return open;
}

/**
 * Logs contributions to the agreement until its stream holds `length` events: each decided on the state
 * folded so far, appended in chunks with the expected revision, as the API would have written them.
 */
export async function growAgreement(
  dataDir: string,
  agreement: OpenAgreement,
  length: number,
): Promise<void> {
  const store = await openSqliteEventStore({ path: eventsFile(dataDir) });
  try {
    const streamId = agreementStream(agreement.agreementId);
    const recorded = await store.readStream(streamId);
    let state = foldStream(recorded);
    let revision = recorded.at(-1)?.revision ?? -1;
    const date = today();
    // The grown state is this loop's own, so its collections may be updated in place (see foldingWith).
    const owned = new WeakSet<object>();
    while (revision + 1 < length) {
      const chunk = [];
      for (let i = 0; i < 1000 && revision + 1 + chunk.length < length; i++) {
        const data = LogContributionInput.parse({
          agreementId: agreement.agreementId,
          contributionId: `grown-${revision + 1 + chunk.length}`,
          commitmentId: agreement.commitmentId,
          quantity: 1,
          date,
          participants: 2,
        });
        const events = agreementDecider.decide({ type: "LogContribution", data }, state, { today: date });
        state = foldingWith(owned, () => events.reduce(agreementDecider.evolve, state));
        const meta = {
          actor: "system:bench",
          correlationId: "bench-grow",
          causationId: "bench-grow",
          schemaVersion: 1,
        };
        chunk.push(
          ...events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data, meta })),
        );
      }
      const result = await store.appendToStream(streamId, chunk, { expectedRevision: revision });
      revision = result.nextRevision;
    }
  } finally {
    await store.close();
  }
}
