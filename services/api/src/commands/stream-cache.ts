import type { Decider, DomainEvent } from "@cobuild/domain";
import { foldingWith } from "@cobuild/domain";
import type { EventStore, RecordedEvent } from "@cobuild/event-store";

/** Writes made under one Idempotency-Key in a stream: enough to recognise a retry and replay its result. */
export interface KeyedWrite {
  /** The request hash stored with the first event written under the key. */
  hash: unknown;
  fromRevision: number;
  toRevision: number;
  /** The log position of the last event written under the key. */
  position: number;
}

/** A stream's state, folded up to `revision` (-1: no stream yet). */
export interface FoldedStream<State> {
  state: State;
  revision: number;
  /** The log position of the event at `revision` (0 when none). */
  position: number;
  keys: ReadonlyMap<string, KeyedWrite>;
}

interface Entry<State> {
  state: State;
  revision: number;
  position: number;
  keys: Map<string, KeyedWrite>;
  /** The collections this entry's folds created: later folds of the same entry update them in place. */
  owned: WeakSet<object>;
}

type AnyDecider = Pick<Decider<never, never, unknown, never>, "initialState" | "evolve">;

/** Streams folded and kept per process, at most this many (the least recently used go first). */
export const DEFAULT_CACHED_STREAMS = 10_000;

/**
 * Folded stream states, kept between commands so a command on a long stream reads and folds only the
 * events after the revision it already holds: one read per attempt, whatever the stream's length. Events
 * appended by another process are simply the next ones read, so a cached state is never decided on
 * stale (and the expected revision of the append catches a race anyway). A state handed out belongs to
 * the cache: callers read it and must not keep it across a later load of the same stream.
 */
export class StreamCache {
  private readonly entries = new Map<string, Map<AnyDecider, Entry<unknown>>>();

  constructor(
    private readonly store: EventStore,
    private readonly maxStreams = DEFAULT_CACHED_STREAMS,
  ) {}

  /** Reads the events after the cached revision (all of them the first time) and folds them in. */
  async load<Event extends DomainEvent, State>(
    streamId: string,
    decider: Pick<Decider<unknown, Event, State, unknown>, "initialState" | "evolve">,
    read: (event: RecordedEvent) => Event,
  ): Promise<FoldedStream<State>> {
    const key = decider as unknown as AnyDecider;
    const before = this.entries.get(streamId)?.get(key) as Entry<State> | undefined;
    const recorded = await this.store.readStream(streamId, { fromRevision: (before?.revision ?? -1) + 1 });
    // Another load of this stream may have folded some of these events meanwhile: take its entry.
    const entry =
      (this.entries.get(streamId)?.get(key) as Entry<State> | undefined) ?? before ?? fresh(decider);
    foldingWith(entry.owned, () => {
      for (const event of recorded) {
        if (event.revision <= entry.revision) continue;
        entry.state = decider.evolve(entry.state, read(event));
        entry.revision = event.revision;
        entry.position = event.position;
        noteKey(entry.keys, event);
      }
    });
    this.remember(streamId, key, entry as Entry<unknown>);
    // A snapshot of where the fold stands: later loads move the entry on, not this answer's revision.
    return { state: entry.state, revision: entry.revision, position: entry.position, keys: entry.keys };
  }

  /** How many streams are held (for tests and metrics). */
  size(): number {
    return this.entries.size;
  }

  private remember(streamId: string, decider: AnyDecider, entry: Entry<unknown>): void {
    const folds = this.entries.get(streamId) ?? new Map<AnyDecider, Entry<unknown>>();
    folds.set(decider, entry);
    // Re-inserting moves the stream to the end: the Map's order is the recency order.
    this.entries.delete(streamId);
    this.entries.set(streamId, folds);
    if (this.entries.size > this.maxStreams) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

const fresh = <State>(decider: { initialState: State }): Entry<State> => ({
  state: decider.initialState,
  revision: -1,
  position: 0,
  keys: new Map(),
  owned: new WeakSet(),
});

/** Remembers which revisions were written under the event's Idempotency-Key, if it carries one. */
function noteKey(keys: Map<string, KeyedWrite>, event: RecordedEvent): void {
  const key = event.meta.idempotencyKey;
  if (typeof key !== "string") return;
  const known = keys.get(key);
  if (known) {
    known.toRevision = event.revision;
    known.position = event.position;
  } else {
    keys.set(key, {
      hash: event.meta.requestHash,
      fromRevision: event.revision,
      toRevision: event.revision,
      position: event.position,
    });
  }
}

const caches = new WeakMap<EventStore, StreamCache>();

/** The cache of folded streams that every reader of this store in this process shares. */
export function streamCacheOf(store: EventStore): StreamCache {
  let cache = caches.get(store);
  if (!cache) {
    cache = new StreamCache(store);
    caches.set(store, cache);
  }
  return cache;
}
