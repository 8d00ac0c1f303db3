import type { RecordedEvent } from "@cobuild/event-store";
import { describe, expect, it } from "vitest";
import { Pages } from "./pages.ts";

const event = (position: number): RecordedEvent => ({
  id: `e${position}`,
  type: "Noted",
  streamId: "s",
  revision: position - 1,
  position,
  occurredAt: "2025-01-01T00:00:00.000Z",
  data: {},
  meta: { actor: "test", correlationId: "c", causationId: "c", schemaVersion: 1 },
});

/** A source the test feeds by hand, noting how many events have been pulled from it. */
class Source implements AsyncIterable<RecordedEvent> {
  pulled = 0;
  private readonly queued: (RecordedEvent | Error | "end")[] = [];
  private waiting: (() => void) | undefined;

  push(...items: (RecordedEvent | Error | "end")[]): void {
    this.queued.push(...items);
    this.waiting?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    for (;;) {
      const item = this.queued.shift();
      if (item === undefined) {
        await new Promise<void>((resolve) => {
          this.waiting = resolve;
        });
        continue;
      }
      if (item === "end") return;
      if (item instanceof Error) throw item;
      this.pulled++;
      yield item;
    }
  }
}

const positions = (page: RecordedEvent[] | undefined) => page?.map((e) => e.position);

describe("reading the log in pages", () => {
  it("given more events at hand than a page holds, when pages are taken, then each is full until the rest, in order", async () => {
    const source = new Source();
    source.push(...[1, 2, 3, 4, 5, 6, 7].map(event));
    const pages = new Pages(source, 3);

    expect(positions(await pages.next())).toEqual([1, 2, 3]);
    expect(positions(await pages.next())).toEqual([4, 5, 6]);
    expect(positions(await pages.next())).toEqual([7]);
  });

  it("given one event at hand, when a page is taken, then it comes without waiting for the page to fill", async () => {
    const source = new Source();
    const pages = new Pages(source, 100);
    const taking = pages.next();
    source.push(event(1));

    expect(positions(await taking)).toEqual([1]);
  });

  it("given a page not taken yet, when the source has far more, then reading stops one page ahead", async () => {
    const source = new Source();
    source.push(...Array.from({ length: 50 }, (_, n) => event(n + 1)));
    const pages = new Pages(source, 10);

    expect(positions(await pages.next())).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.pulled).toBeLessThanOrEqual(20);
  });

  it("given a source that fails after some events, when pages are taken, then those events come first and then the failure", async () => {
    const source = new Source();
    source.push(event(1), event(2), new Error("the log is gone"));
    const pages = new Pages(source, 10);

    expect(positions(await pages.next())).toEqual([1, 2]);
    await expect(pages.next()).rejects.toThrow("the log is gone");
  });

  it("given a source that ends, when every page is taken, then the next is undefined", async () => {
    const source = new Source();
    source.push(event(1), "end");
    const pages = new Pages(source, 10);

    expect(positions(await pages.next())).toEqual([1]);
    expect(await pages.next()).toBeUndefined();
  });

  it("given a taker waiting on a quiet source, when the pages are closed, then it gets undefined", async () => {
    const pages = new Pages(new Source(), 10);
    const taking = pages.next();
    pages.close();

    expect(await taking).toBeUndefined();
  });

  it("given a page size below one, when pages are made, then it is refused", () => {
    expect(() => new Pages(new Source(), 0)).toThrow(RangeError);
  });
});
