import {
  BACKWARDS,
  END,
  excludeSystemEvents,
  type Filter,
  type KurrentDBClient,
  type RecordedEvent as KurrentRecordedEvent,
  type ReadPosition,
  START,
  streamNameFilter,
} from "@kurrent/kurrentdb-client";
import type { RecordedEvent } from "../port.ts";
import type { KnownPositions } from "./known-positions.ts";
import {
  atPosition,
  isApplicationEvent,
  logPositionOf,
  positionOf,
  toRecordedEvent,
} from "./recorded-event.ts";
import { inconsistentError } from "./storage-errors.ts";

// Big enough to amortise a round trip while scanning, small enough to stop soon after what is sought.
const SCAN_PAGE = 256;
const HEAD_PAGE = 16;

/** Where to start reading `$all` for a port position, and whether many events before it may come first. */
export interface Anchor {
  from: ReadPosition;
  skipsMany: boolean;
}

interface ScanOptions {
  direction?: typeof BACKWARDS;
  filter?: Filter;
  /** Undefined: one read to the end of the log. */
  pageSize: number | undefined;
}

/**
 * Reads `$all` page after page from `start`, each page beginning at the last event of the one before
 * (an event's position is always a valid place to start). Stops early when the consumer does.
 */
async function* scan(
  client: KurrentDBClient,
  start: ReadPosition,
  { pageSize, ...options }: ScanOptions,
): AsyncGenerator<{ event: KurrentRecordedEvent; position: number }> {
  let from = start;
  let previous: number | undefined;
  for (;;) {
    let read = 0;
    let last: number | undefined;
    for await (const { event } of client.readAll({ ...options, fromPosition: from, maxCount: pageSize })) {
      read++;
      if (event === undefined) continue;
      last = logPositionOf(event);
      if (last === previous) continue;
      yield { event, position: last };
    }
    if (pageSize === undefined || read < pageSize || last === undefined) return;
    from = atPosition(last);
    previous = last;
  }
}

/** `$all` as the port sees it: application events only, addressed by commit position. */
export class LogReader {
  readonly #client: KurrentDBClient;
  readonly #known: KnownPositions;

  constructor(client: KurrentDBClient, known: KnownPositions) {
    this.#client = client;
    this.#known = known;
  }

  /** Application events at or after position `from`, oldest first, at most `maxCount`. */
  async readFrom(from: number, maxCount: number | undefined): Promise<RecordedEvent[]> {
    const found: RecordedEvent[] = [];
    if (maxCount === 0) return found;
    const anchor = await this.anchorFor(from);
    // +1: a start at a known event before `from` reads that event first.
    const pageSize =
      maxCount === undefined
        ? undefined
        : anchor.skipsMany
          ? Math.max(maxCount + 1, SCAN_PAGE)
          : maxCount + 1;
    for await (const { event, position } of scan(this.#client, anchor.from, {
      filter: excludeSystemEvents(),
      pageSize,
    })) {
      if (position < from || !isApplicationEvent(event)) continue;
      this.#known.add(position);
      found.push(toRecordedEvent(event, position));
      if (found.length === maxCount) break;
    }
    return found;
  }

  /** The position of the newest application event, 0 when there is none. */
  async headPosition(): Promise<number> {
    const newestFirst = scan(this.#client, END, {
      direction: BACKWARDS,
      filter: excludeSystemEvents(),
      pageSize: HEAD_PAGE,
    });
    for await (const { event, position } of newestFirst) {
      if (!isApplicationEvent(event)) continue;
      this.#known.add(position);
      return position;
    }
    return 0;
  }

  /**
   * A place to start reading `$all` from so that every event at or after `position` is read, with as few
   * before it as can be had cheaply. KurrentDB reads a position as the start of a record and fails (or worse,
   * misreads) anywhere else, so the start is always the beginning of the log or a real event's position:
   * one the store has seen (the position itself, or the one before it: `checkpoint + 1` follows the
   * checkpoint's event, as no record is one byte long), the newest event when `position` is
   * past it, or else the last event at or before it, found by scanning backwards from the end. When that
   * scan would be longer than one forwards from the start (by byte distance), the read starts at the
   * beginning and skips what comes before `position`; both cost in proportion to the events skipped.
   */
  async anchorFor(position: number): Promise<Anchor> {
    if (position <= 0) return { from: START, skipsMany: false };
    for (const known of [position, position - 1]) {
      if (this.#known.has(known)) return { from: atPosition(known), skipsMany: false };
    }
    const newest = await this.#newestRecordPosition();
    if (newest === undefined) return { from: START, skipsMany: false };
    if (position >= newest) return { from: atPosition(newest), skipsMany: false };
    if (position < newest / 2) return { from: START, skipsMany: true };
    const before = await this.#lastEventAtOrBefore(position);
    return before === undefined
      ? { from: START, skipsMany: false }
      : { from: atPosition(before), skipsMany: false };
  }

  /**
   * The events with these ids in `streamId`, searching `$all` forwards from `from` with a server-side
   * filter on the stream name, until all are found or the log ends.
   */
  async findInStream(
    streamId: string,
    ids: ReadonlySet<string>,
    from: ReadPosition,
  ): Promise<Map<string, KurrentRecordedEvent>> {
    const found = new Map<string, KurrentRecordedEvent>();
    if (ids.size === 0) return found;
    const events = scan(this.#client, from, {
      filter: streamNameFilter({ prefixes: [streamId] }),
      pageSize: SCAN_PAGE,
    });
    for await (const { event } of events) {
      if (event.streamId !== streamId || !ids.has(event.id)) continue;
      found.set(event.id, event);
      if (found.size === ids.size) break;
    }
    return found;
  }

  /**
   * The port's view of events read from a stream. KurrentDB 22.6 and later send every event's position
   * with stream reads. Older servers do not; then the positions are looked up with one `$all` scan from the
   * start, filtered on the stream name by the server: a cost in proportion to the whole log, paid only there.
   */
  async withPositions(streamId: string, events: readonly KurrentRecordedEvent[]): Promise<RecordedEvent[]> {
    const missing = new Set(
      events.filter((event) => positionOf(event) === undefined).map((event) => event.id),
    );
    const found = await this.findInStream(streamId, missing, START);
    return events.map((event) => {
      const position = positionOf(found.get(event.id) ?? event);
      if (position === undefined) throw inconsistentError(`event ${event.id} has no position in $all`);
      this.#known.add(position);
      return toRecordedEvent(event, position);
    });
  }

  /** Any record's position will do here, system events' included: it only has to be a record's start. */
  async #newestRecordPosition(): Promise<number | undefined> {
    for await (const { position } of scan(this.#client, END, { direction: BACKWARDS, pageSize: 1 })) {
      return position;
    }
    return undefined;
  }

  async #lastEventAtOrBefore(position: number): Promise<number | undefined> {
    for await (const found of scan(this.#client, END, { direction: BACKWARDS, pageSize: SCAN_PAGE })) {
      if (found.position <= position) return found.position;
    }
    return undefined;
  }
}
