import { Worker } from "node:worker_threads";
import { StorageError } from "../errors.ts";
import type { AppendResult } from "../port.ts";
import type { AppendRequest } from "./append.ts";
import { fromWire, type WriterReply, type WriterSettings, type WriterStats } from "./writer-wire.ts";

interface Pending {
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/**
 * Appends run in a worker thread that owns the write connection: the group commit and its fsync happen
 * there, so a durable commit never stalls the event loop that serves requests and sockets. The main
 * thread keeps its own connection for reads (WAL lets it read while the writer commits). Each append
 * resolves once its transaction has committed, exactly as with the writer on the main thread.
 */
export class ThreadedWriter {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  readonly #onCommit: () => void;
  #nextId = 1;
  #stats: WriterStats = { commits: 0, writesCommitted: 0 };
  #failed: Error | undefined;
  #closed: Promise<void> | undefined;
  #idleWaiters: (() => void)[] = [];

  constructor(settings: WriterSettings, onCommit: () => void) {
    this.#onCommit = onCommit;
    this.#worker = new Worker(new URL("./writer-thread-entry.mjs", import.meta.url), {
      workerData: settings,
    });
    this.#worker.on("message", (reply: WriterReply) => this.#receive(reply));
    this.#worker.on("error", (error) => this.#fail(error));
    this.#worker.on("exit", (code) => this.#fail(new Error(`the writer thread exited (code ${code})`)));
    // Only appends in flight keep the process alive, as a synchronous writer would.
    this.#worker.unref();
  }

  append(request: AppendRequest): Promise<AppendResult> {
    if (this.#failed) return Promise.reject(this.#failed);
    const id = this.#nextId++;
    return new Promise<AppendResult>((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref();
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ kind: "append", id, request });
    });
  }

  stats(): WriterStats {
    return this.#stats;
  }

  /** Resolves once every append sent so far has been answered. */
  drained(): Promise<void> {
    if (this.#pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Waits for the appends in flight, closes the write connection, ends the thread. */
  close(): Promise<void> {
    this.#closed ??= (async () => {
      await this.drained();
      if (!this.#failed) {
        const closed = new Promise<void>((resolve) =>
          this.#worker.on("message", (reply: WriterReply) => reply.kind === "closed" && resolve()),
        );
        this.#worker.ref();
        this.#worker.postMessage({ kind: "close" });
        await closed;
      }
      this.#failed ??= new StorageError("closed", "The event store has been closed.");
      await this.#worker.terminate();
    })();
    return this.#closed;
  }

  #receive(reply: WriterReply): void {
    if (reply.kind === "closed") return;
    const pending = this.#pending.get(reply.id);
    this.#pending.delete(reply.id);
    const committed = reply.stats.commits > this.#stats.commits;
    this.#stats = reply.stats;
    if (committed) this.#onCommit();
    if (reply.kind === "appended") pending?.resolve(reply.result);
    else pending?.reject(fromWire(reply.error));
    this.#settleIdle();
  }

  #fail(error: Error): void {
    if (this.#failed && this.#pending.size === 0) return;
    this.#failed ??= new StorageError("io", `The event store's writer thread failed: ${error.message}`, {
      cause: error,
    });
    for (const pending of this.#pending.values()) pending.reject(this.#failed);
    this.#pending.clear();
    this.#settleIdle();
  }

  #settleIdle(): void {
    if (this.#pending.size > 0) return;
    this.#worker.unref();
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }
}
