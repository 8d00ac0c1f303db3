/** Metadata every stored event carries. */
export interface EventMeta {
  /** Who caused the event: an account id, or `system:<name>` for the platform itself. */
  actor: string;
  correlationId: string;
  causationId: string;
  schemaVersion: number;
  /** Optional extras (e.g. the idempotency key and request hash of the command that produced it). */
  [key: string]: unknown;
}

/** An event proposed for appending. `id` is a UUID chosen by the writer, so a retry can be recognised. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  data: Data;
  meta: EventMeta;
  /** ISO-8601 instant; the store fills it from its clock when absent. */
  occurredAt?: string;
}

/** An event as stored, with its place in its stream (revision, from 0) and in the whole log (position, from 1). */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  streamId: string;
  revision: number;
  position: number;
  occurredAt: string;
  data: Data;
  meta: EventMeta;
}

/**
 * What the writer believes about the stream before appending.
 * `any`: no check; `no_stream`: the stream must not exist; `stream_exists`: it must;
 * a number: the stream's last revision must be exactly that.
 */
export type ExpectedRevision = "any" | "no_stream" | "stream_exists" | number;

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
}

/**
 * The stream's revision after the append (its last event's revision) and that event's global position.
 * An empty append writes nothing and reports the stream as it is: its last revision and that event's
 * position, or `{ nextRevision: -1, position: 0 }` when the stream does not exist.
 */
export interface AppendResult {
  nextRevision: number;
  position: number;
}

export interface ReadStreamOptions {
  /** Inclusive; defaults to 0 forwards or the last revision backwards. */
  fromRevision?: number;
  direction?: "forwards" | "backwards";
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Inclusive position to start from; `start` (default) is the beginning of the log. */
  fromPosition?: number | "start";
  maxCount?: number;
}

export interface SubscribeToAllOptions {
  /**
   * A checkpoint: the subscription delivers events strictly after this position
   * (`start`, the default, delivers everything).
   */
  fromPosition?: number | "start";
}

/**
 * A catch-up subscription to the whole log: every event after the checkpoint in global order,
 * then live events as they commit, with no gap and no duplicate. Iterate it with `for await`.
 * A slow consumer never blocks writers: it simply reads further behind.
 */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  /** Ends the iteration; pending `next()` calls resolve as done. */
  stop(): Promise<void>;
}

/** The event store port: every implementation must pass `eventStoreConformance`. */
export interface EventStore {
  /**
   * Appends the events atomically at the end of the stream, after checking `expectedRevision`
   * (default `any`; a mismatch rejects with `WrongExpectedRevisionError`).
   * Idempotent by event id: if every id is already stored in this stream, consecutively and in this order,
   * with the same type and data, the original result is returned and nothing is stored, whatever
   * `expectedRevision` says. Any other reuse of an id rejects with `DuplicateEventIdError`.
   * An empty list checks the expectation and writes nothing (see `AppendResult`).
   */
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /** Events of one stream; an unknown stream reads as an empty list. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;
  /** The position of the newest event in the log, 0 when empty. */
  headPosition(): Promise<number>;
  /**
   * Finishes appends already accepted, ends every subscription, then releases the storage.
   * Idempotent; afterwards every call rejects with `StorageError` (`closed`).
   */
  close(): Promise<void>;
}
