import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { AllSubscription, RecordedEvent } from "../port.ts";
import { ITERATION_DONE, serialIterator } from "../serial-iterator.ts";

/** Reads committed events strictly after `after`, in position order. */
export type PageReader = (after: number, limit: number) => RecordedEvent[];

/**
 * A pull-based catch-up subscription. It holds at most one page in memory and reads the next page only
 * when the consumer asks, so a slow consumer just falls behind in the table instead of filling a queue,
 * and writers never wait for it. Reading by `position > checkpoint` is gap-free because SQLite has one
 * writer at a time: a transaction that commits later always holds higher positions.
 * When caught up it sleeps until the store announces a commit, or until the poll interval passes (to
 * notice events written by another process on the same file).
 */
export class PollingSubscription implements AllSubscription {
  #checkpoint: number;
  #page: RecordedEvent[] = [];
  #pageIndex = 0;
  #stopped = false;
  #wake: (() => void) | undefined;
  readonly #iterator = serialIterator(
    () => this.#next(),
    () => this.stop(),
  );
  readonly #readPage: PageReader;
  readonly #pageSize: number;
  readonly #pollIntervalMs: number;
  readonly #onStop: (subscription: PollingSubscription) => void;

  constructor(options: {
    readPage: PageReader;
    checkpoint: number;
    pageSize: number;
    pollIntervalMs: number;
    onStop: (subscription: PollingSubscription) => void;
  }) {
    this.#readPage = options.readPage;
    this.#checkpoint = options.checkpoint;
    this.#pageSize = options.pageSize;
    this.#pollIntervalMs = options.pollIntervalMs;
    this.#onStop = options.onStop;
  }

  /** New events may have committed: a waiting reader should look again. */
  wake(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#page = [];
    this.wake();
    this.#onStop(this);
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.#iterator;
  }

  async #next(): Promise<IteratorResult<RecordedEvent>> {
    for (;;) {
      if (this.#stopped) return ITERATION_DONE;
      const event = this.#page[this.#pageIndex];
      if (event !== undefined) {
        this.#pageIndex++;
        this.#checkpoint = event.position;
        return { done: false, value: event };
      }
      if (this.#page.length > 0) {
        // Reads and resolved promises alone never leave the microtask queue: without this turn a long
        // catch-up would hold up every append, timer and socket of the process until it finished.
        this.#page = [];
        await yieldToEventLoop();
        continue;
      }
      this.#page = this.#readPage(this.#checkpoint, this.#pageSize);
      this.#pageIndex = 0;
      if (this.#page.length === 0) await this.#sleep();
    }
  }

  #sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake(), this.#pollIntervalMs);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
