import {
  BACKWARDS,
  END,
  excludeSystemEvents,
  FORWARDS,
  type KurrentDBClient,
  START,
} from "@kurrent/kurrentdb-client";
import type {
  AllSubscription,
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from "../port.ts";
import { prepareAppend } from "./append-request.ts";
import { Appender } from "./appender.ts";
import { KnownPositions } from "./known-positions.ts";
import { LogReader } from "./log-reader.ts";
import { readStreamEvents } from "./read-stream.ts";
import { closedError, toStorageError } from "./storage-errors.ts";
import { StreamQueues } from "./stream-queues.ts";
import { KurrentDbSubscription } from "./subscription.ts";

export interface KurrentDbEventStoreSettings {
  /** The server's address without credentials, for messages. */
  address: string;
  clock: () => Date;
}

function checkLimit(maxCount: number | undefined): void {
  if (maxCount !== undefined && (!Number.isSafeInteger(maxCount) || maxCount < 0)) {
    throw new RangeError(`maxCount must be an integer >= 0, got ${maxCount}`);
  }
}

function checkPosition(position: number | "start"): void {
  if (position !== "start" && (!Number.isSafeInteger(position) || position < 0)) {
    throw new RangeError(`fromPosition must be "start" or a position (an integer >= 0), got ${position}`);
  }
}

/**
 * The event store on KurrentDB, 26.1 or later: appends use appendRecords, which writes an append together
 * with the claims on its event ids, atomically (see event-id-claims.ts). KurrentDB's own events and the
 * claims never show in readAll, subscriptions or headPosition.
 * Positions are `$all` commit positions. This relies on KurrentDB writing every event of an append as its
 * own implicit-transaction record (a self-committed prepare): each event then has its own commit position,
 * equal to its prepare position, and stream reads, `$all` reads and append results report the same number.
 */
export class KurrentDbEventStore implements EventStore {
  readonly #client: KurrentDBClient;
  readonly #settings: KurrentDbEventStoreSettings;
  readonly #known = new KnownPositions();
  readonly #log: LogReader;
  readonly #appender: Appender;
  readonly #appends = new StreamQueues();
  readonly #subscriptions = new Set<KurrentDbSubscription>();
  #closing: Promise<void> | undefined;

  /** Use `openKurrentDbEventStore`, which checks the connection first. */
  constructor(client: KurrentDBClient, settings: KurrentDbEventStoreSettings) {
    this.#client = client;
    this.#settings = settings;
    this.#log = new LogReader(client, this.#known);
    this.#appender = new Appender({ client, log: this.#log, known: this.#known, ...settings });
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    // Everything before the enqueue runs synchronously, so appends issued in one turn keep their order.
    this.#assertOpen();
    const request = prepareAppend(streamId, events, options.expectedRevision ?? "any");
    return this.#appends.run(request.streamId, () => this.#guard(() => this.#appender.append(request)));
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.#assertOpen();
    if (typeof streamId !== "string" || streamId.length === 0)
      throw new TypeError("streamId must be a non-empty string");
    const { fromRevision, direction = "forwards", maxCount } = options;
    checkLimit(maxCount);
    if (fromRevision !== undefined && (!Number.isSafeInteger(fromRevision) || fromRevision < 0)) {
      throw new RangeError(`fromRevision must be a revision (an integer >= 0), got ${fromRevision}`);
    }
    if (direction !== "forwards" && direction !== "backwards") {
      throw new RangeError(`direction must be "forwards" or "backwards", got ${String(direction)}`);
    }
    if (maxCount === 0) return [];
    const backwards = direction === "backwards";
    return this.#guard(async () => {
      const events = await readStreamEvents(this.#client, streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: fromRevision === undefined ? (backwards ? END : START) : BigInt(fromRevision),
        ...(maxCount === undefined ? {} : { maxCount }),
      });
      return this.#log.withPositions(streamId, events);
    });
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.#assertOpen();
    const { fromPosition = "start", maxCount } = options;
    checkPosition(fromPosition);
    checkLimit(maxCount);
    return this.#guard(() => this.#log.readFrom(fromPosition === "start" ? 0 : fromPosition, maxCount));
  }

  async headPosition(): Promise<number> {
    this.#assertOpen();
    return this.#guard(() => this.#log.headPosition());
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    const { fromPosition = "start" } = options;
    checkPosition(fromPosition);
    const checkpoint = fromPosition === "start" ? 0 : fromPosition;
    const subscription = new KurrentDbSubscription({
      checkpoint,
      open: async () => {
        // After close the first next() rejects as closed.
        this.#assertOpen();
        const anchor = await this.#log.anchorFor(checkpoint);
        const source = this.#client.subscribeToAll({
          fromPosition: anchor.from,
          filter: excludeSystemEvents(),
        });
        // The client emits errors on the stream itself: unheard, one arriving after stop() would crash the
        // process. The subscription's iterator still gets every error through its own listener.
        source.on("error", () => {});
        return source;
      },
      onDelivered: (position) => this.#known.add(position),
      onStop: (stopped) => this.#subscriptions.delete(stopped),
      toError: (error) => this.#storageError(error),
    });
    if (this.#closing === undefined) this.#subscriptions.add(subscription);
    return subscription;
  }

  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    // Appends already accepted finish; new calls are refused from here on.
    await this.#appends.drained();
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.stop()));
    try {
      await this.#client.dispose();
    } catch {
      // Disposing cancels the client's open calls; one already broken has nothing left to release.
    }
  }

  #assertOpen(): void {
    if (this.#closing !== undefined) throw closedError();
  }

  async #guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw this.#storageError(error);
    }
  }

  #storageError(error: unknown): Error {
    // The one RangeError raised past validation: an append larger than the server accepts.
    if (error instanceof RangeError) return error;
    return toStorageError(error, this.#settings.address, this.#closing !== undefined);
  }
}
