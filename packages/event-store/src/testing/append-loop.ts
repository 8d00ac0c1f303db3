/**
 * Child process for the kill -9 durability test: appends three-event batches from several concurrent
 * writers, forever, and prints each event id on its own line once its append has resolved. The parent
 * kills it with SIGKILL and checks that every printed id survived.
 * Usage: node --import tsx append-loop.ts <database path>
 */
import { randomUUID } from "node:crypto";
import { openSqliteEventStore } from "../sqlite/open.ts";

const WRITERS = 8;
const BATCH_SIZE = 3;

const path = process.argv[2];
if (path === undefined) throw new Error("usage: append-loop.ts <database path>");
const store = await openSqliteEventStore({ path });

async function writer(streamId: string): Promise<never> {
  for (let revision = -1; ; revision += BATCH_SIZE) {
    const batch = randomUUID();
    const events = Array.from({ length: BATCH_SIZE }, (_, index) => ({
      id: randomUUID(),
      type: "DurabilityProbed",
      data: { batch, index, pad: "x".repeat(200) },
      meta: { actor: "system:durability-test", correlationId: batch, causationId: batch, schemaVersion: 1 },
    }));
    await store.appendToStream(streamId, events, { expectedRevision: revision < 0 ? "no_stream" : revision });
    process.stdout.write(`${events.map((event) => event.id).join("\n")}\n`);
  }
}

await Promise.all(Array.from({ length: WRITERS }, (_, n) => writer(`durability-${n}-${randomUUID()}`)));
