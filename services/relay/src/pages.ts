import { setImmediate as nextTurn } from "node:timers/promises";
import type { RecordedEvent } from "@cobuild/event-store";

/**
 * Gathers a log subscription's events into pages, so the relay publishes and checkpoints once per page
 * instead of once per event. A page is whatever the subscription has delivered and the relay has not taken
 * yet, up to `maxPage`: it never waits for a page to fill, so a live event goes out at once, and while
 * catching up the pages fill during the previous page's publish. Reading runs at most one page ahead, so
 * memory stays bounded however far behind the relay is.
 */
export class Pages {
  readonly #maxPage: number;
  #buffer: RecordedEvent[] = [];
  #ended = false;
  #failure: { error: unknown } | undefined;
  #wakeTaker: (() => void) | undefined;
  #wakeReader: (() => void) | undefined;

  constructor(source: AsyncIterable<RecordedEvent>, maxPage: number) {
    if (!Number.isInteger(maxPage) || maxPage < 1)
      throw new RangeError(`a page holds at least one event (got ${maxPage})`);
    this.#maxPage = maxPage;
    void this.#read(source);
  }

  /**
   * The next page, oldest event first; undefined once the source has ended and every event was taken.
   * Rejects with the source's error once the events read before it have been taken.
   */
  async next(): Promise<RecordedEvent[] | undefined> {
    if (this.#buffer.length === 0 && !this.#ended) {
      await new Promise<void>((resolve) => {
        this.#wakeTaker = resolve;
      });
      // Woken by the first event of a run: let the rest of what the source has at hand join it.
      await nextTurn();
    }
    if (this.#buffer.length === 0) {
      if (this.#failure !== undefined) throw this.#failure.error;
      return undefined;
    }
    const page = this.#buffer.length <= this.#maxPage ? this.#buffer : this.#buffer.slice(0, this.#maxPage);
    this.#buffer = page === this.#buffer ? [] : this.#buffer.slice(this.#maxPage);
    this.#wake("reader");
    return page;
  }

  /** Stops reading ahead (the caller stops the source itself); pages already read can still be taken. */
  close(): void {
    this.#ended = true;
    this.#wake("reader");
    this.#wake("taker");
  }

  async #read(source: AsyncIterable<RecordedEvent>): Promise<void> {
    try {
      for await (const event of source) {
        this.#buffer.push(event);
        this.#wake("taker");
        while (this.#buffer.length >= this.#maxPage && !this.#ended) {
          await new Promise<void>((resolve) => {
            this.#wakeReader = resolve;
          });
        }
        if (this.#ended) break;
      }
    } catch (error) {
      this.#failure = { error };
    } finally {
      this.close();
    }
  }

  #wake(who: "reader" | "taker"): void {
    const wake = who === "reader" ? this.#wakeReader : this.#wakeTaker;
    if (who === "reader") this.#wakeReader = undefined;
    else this.#wakeTaker = undefined;
    wake?.();
  }
}
