// Runs in the writer thread (see ThreadedWriter): the one write connection, its group commit, its fsyncs.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { appendInTransaction } from "./append.ts";
import { configureConnection } from "./open.ts";
import { prepareStatements } from "./schema.ts";
import { storageFailureOf, toStorageError } from "./storage-errors.ts";
import { GroupCommitQueue } from "./writer-queue.ts";
import type { WriterReply, WriterRequest, WriterSettings } from "./writer-wire.ts";
import { toWire } from "./writer-wire.ts";

const settings = workerData as WriterSettings;
const port = parentPort;
if (!port) throw new Error("writer-worker.ts runs as a worker thread only");

const db = new Database(settings.path, { timeout: 50 });
configureConnection(db, { path: settings.path, maxSizeBytes: settings.maxSizeBytes });
const statements = prepareStatements(db);
// The main thread stamps occurredAt before sending, so this clock is never read.
const clock = () => new Date();
const queue = new GroupCommitQueue(db, {
  isStorageFailure: (error) => storageFailureOf(error) !== undefined,
  toStorageError: (error) => toStorageError(error, settings.path),
  onCommit: () => {},
});
const reply = (message: WriterReply) => port.postMessage(message);

port.on("message", (message: WriterRequest) => {
  if (message.kind === "close") {
    void queue.drained().then(() => {
      db.close();
      reply({ kind: "closed" });
    });
    return;
  }
  const { id, request } = message;
  queue
    .enqueue(() => appendInTransaction(statements, clock, request), settings.busyTimeoutMs)
    .then(
      (result) => reply({ kind: "appended", id, result, stats: queue.stats() }),
      (error: unknown) => reply({ kind: "refused", id, error: toWire(error), stats: queue.stats() }),
    );
});
