import { BoardsMovedError, type SqliteBoardStore, type WrittenBoard } from "@cobuild/board-store";
import {
  BOARD_DELTAS_TOPIC,
  type BoardProjection,
  type ProjectedEvent,
  projectEventInPlace,
} from "@cobuild/boards";
import type { EventBus } from "@cobuild/bus";
import { parseStoredEvent } from "@cobuild/domain";
import type { RecordedEvent } from "@cobuild/event-store";
import { BUILDING_WORKING_BYTES, DEFAULT_WORKING_BYTES, WorkingBoards } from "./working-boards.ts";

/** An event as a feed hands it over; the relay names the position of the event before it. */
export type FedEvent = RecordedEvent & { previousPosition?: number };

/**
 * Where events enter the boards: each is parsed and upcast to its current version here, once, so
 * projections read typed data. An event this code cannot read throws (UnreadableEventError) and, like any
 * failing projection, stops the boards loudly rather than being skipped.
 */
const projectedOf = (event: RecordedEvent): ProjectedEvent => ({
  ...parseStoredEvent(event),
  streamId: event.streamId,
  position: event.position,
  occurredAt: event.occurredAt,
  actor: event.meta.actor,
});

/** Deltas read from the outbox and published at a time. */
const UNSENT_PAGE = 2_000;

/** The feed skipped events: the boards stop rather than go on without them. */
export class LogGapError extends Error {
  override readonly name = "LogGapError";
  constructor(
    readonly checkpointName: string,
    readonly checkpoint: number,
    readonly after: number,
  ) {
    super(
      `boards ${checkpointName} are at log position ${checkpoint}, but the next event follows ${after}: events in between never arrived`,
    );
  }
}

/**
 * The part of a projector that does not care where events come from: it applies a batch to the boards,
 * commits boards and checkpoint in one transaction, then publishes the deltas. Events at or below the
 * checkpoint are skipped, so a feed that delivers at least once (a bus group after a crash, a relay that
 * repeats its last batch) never applies an event twice.
 */
export interface BoardWriterOptions {
  /**
   * Building: the boards are not served yet (a new boards version, or a rebuild), so nobody needs their
   * deltas and none are made. Call `serving()` once they are.
   */
  building?: boolean;
  /** What the boards kept in memory between batches may weigh, as JSON bytes (see WorkingBoards). */
  maxWorkingBytes?: number;
}

export class BoardWriter {
  private position: number;
  private readonly waiters = new Set<{ position: number; resolve: () => void }>();
  private readonly working: WorkingBoards;
  private building: boolean;

  constructor(
    private readonly boards: SqliteBoardStore,
    private readonly bus: EventBus,
    private readonly projections: readonly BoardProjection[],
    readonly name: string,
    options: BoardWriterOptions = {},
  ) {
    this.position = boards.checkpoint(name);
    this.building = options.building ?? false;
    this.servingBytes = options.maxWorkingBytes ?? DEFAULT_WORKING_BYTES;
    this.working = new WorkingBoards(
      boards,
      this.building ? Math.min(this.servingBytes, BUILDING_WORKING_BYTES) : this.servingBytes,
    );
  }

  private readonly servingBytes: number;

  /** The boards are served from now on: every change from here is published. */
  serving(): void {
    this.building = false;
    this.working.bound(this.servingBytes);
  }

  /** The last log position in the boards. */
  checkpoint(): number {
    return this.position;
  }

  /**
   * Applies the events after the checkpoint. Throws (storing nothing) when a projection fails, so the
   * caller can retry the same events: a poison event stops the boards loudly instead of being skipped.
   * A gap in the feed (see `commit`) throws too, after the events before it are stored.
   */
  async apply(events: readonly FedEvent[], options: { after?: number } = {}): Promise<void> {
    await this.publishUnsent();
    try {
      this.commit(events, options.after);
    } catch (error) {
      if (!(error instanceof BoardsMovedError)) throw error;
      // Another projector process took over the file for a while: start from where it left the boards.
      this.position = error.actual;
      this.commit(events, options.after);
    }
    await this.publishUnsent();
  }

  /**
   * Each event is checked against the position reached so far, not the checkpoint the batch started
   * from: a feed that repeats events may deliver a repeat after newer ones in one batch, and it must be
   * skipped rather than applied again. An event's predecessor (`previousPosition`, which the relay sends;
   * `after` for the first event) must be in the boards already; if it is not, events between are missing
   * from the feed and applying would leave the boards silently short. The events before the gap are
   * committed, then the gap is refused loudly; the feed retries, an operator sees it in the log.
   */
  private commit(events: readonly FedEvent[], after: number | undefined): void {
    const fresh: RecordedEvent[] = [];
    let reached = this.position;
    let gapAfter: number | undefined;
    for (const [index, event] of events.entries()) {
      if (event.position <= reached) continue;
      const previous = index === 0 ? (after ?? event.previousPosition) : event.previousPosition;
      if (previous !== undefined && previous > reached) {
        gapAfter = previous;
        break;
      }
      fresh.push(event);
      reached = event.position;
    }
    if (fresh.length > 0) this.store(fresh);
    if (gapAfter === undefined) return;
    const stored = this.boards.checkpoint(this.name);
    if (stored === this.position) throw new LogGapError(this.name, this.position, gapAfter);
    // Not a gap: another projector process moved the file on. Continue from there.
    this.boards.forget();
    this.working.clear();
    this.position = stored;
    this.commit(events, after);
  }

  private store(fresh: readonly RecordedEvent[]): void {
    const last = fresh.at(-1)!.position;
    // Each delta is serialised as it is made: later events change the same boards in place.
    const deltas: string[] = [];
    const onDelta = this.building ? undefined : (delta: unknown) => void deltas.push(JSON.stringify(delta));
    let written: WrittenBoard[];
    try {
      for (const event of fresh) {
        projectEventInPlace(this.projections, projectedOf(event), this.working, onDelta);
      }
      written = this.boards.commit({
        name: this.name,
        previous: this.position,
        position: last,
        boards: this.working.changed(),
        deltas,
      });
    } catch (error) {
      this.working.discard();
      if (error instanceof BoardsMovedError) this.working.clear();
      throw error;
    }
    this.working.committed(written);
    this.position = last;
    for (const waiter of this.waiters) {
      if (waiter.position <= last) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  /**
   * Publishes the deltas committed with their boards, oldest first, and crosses each off once the bus took
   * it. A bus that is down, or a process killed in between, leaves them in the file: the next apply (of this
   * projector or the one that takes over) sends them before anything newer, so gateways still see every
   * board's versions in order.
   */
  publishUnsent(): Promise<void> {
    // One publisher at a time, so a row is never sent twice by two overlapping calls.
    const run = this.publishing.then(() => this.sendUnsent());
    this.publishing = run.catch(() => {});
    return run;
  }

  private publishing: Promise<void> = Promise.resolve();
  private async sendUnsent(): Promise<void> {
    for (let unsent = this.unsent(); unsent.length > 0; unsent = this.unsent()) {
      // One batch publish per read: a durable bus syncs once for them all, not once per delta (a catch-up
      // makes several deltas per event). A refused batch is sent again whole; where the bus took part of
      // it (Kafka), a client sees a version it holds already and asks for a snapshot, as after any repeat.
      await this.bus.publishBatch(
        BOARD_DELTAS_TOPIC,
        unsent.map(({ delta }) => ({ key: delta.boardId, message: delta })),
      );
      // Crossed off at once, in one transaction for the whole batch: a projector killed later never
      // sends them again.
      this.boards.markSent(unsent.at(-1)!.seq);
    }
  }

  private unsent() {
    return this.boards.unsentDeltas(UNSENT_PAGE);
  }

  /** Resolves once every event up to `position` is in the boards. */
  waitFor(target: number): Promise<void> {
    if (target <= this.position) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add({ position: target, resolve }));
  }
}
