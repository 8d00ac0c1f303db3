import { BoardsMovedError, type SqliteBoardStore } from "@cobuild/board-store";
import {
  BOARD_DELTAS_TOPIC,
  type BoardDelta,
  type BoardProjection,
  type BoardSnapshot,
  projectEvent,
} from "@cobuild/boards";
import type { EventBus } from "@cobuild/bus";
import type { RecordedEvent } from "@cobuild/event-store";

/**
 * The part of a projector that does not care where events come from: it applies a batch to the boards,
 * commits boards and checkpoint in one transaction, then publishes the deltas. Events at or below the
 * checkpoint are skipped, so a feed that delivers at least once (a bus group after a crash, a relay that
 * repeats its last batch) never applies an event twice.
 */
export class BoardWriter {
  private position: number;
  private readonly waiters = new Set<{ position: number; resolve: () => void }>();
  /** Boards changed by the batch being applied; nothing is stored until it commits. */
  private readonly working = new Map<string, BoardSnapshot>();
  private readonly workingSet = {
    get: (boardId: string) => this.working.get(boardId) ?? this.boards.read(boardId),
    set: (boardId: string, board: BoardSnapshot) => void this.working.set(boardId, board),
  };

  constructor(
    private readonly boards: SqliteBoardStore,
    private readonly bus: EventBus,
    private readonly projections: readonly BoardProjection[],
    readonly name: string,
  ) {
    this.position = boards.checkpoint(name);
  }

  /** The last log position in the boards. */
  checkpoint(): number {
    return this.position;
  }

  /**
   * Applies the events after the checkpoint. Throws (storing nothing) when a projection fails, so the
   * caller can retry the same events: a poison event stops the boards loudly instead of being skipped.
   */
  async apply(events: readonly RecordedEvent[]): Promise<void> {
    await this.publishPending();
    try {
      this.commit(events);
    } catch (error) {
      if (!(error instanceof BoardsMovedError)) throw error;
      // Another projector process took over the file for a while: start from where it left the boards.
      this.position = error.actual;
      this.commit(events);
    }
    await this.publishPending();
  }

  private commit(events: readonly RecordedEvent[]): void {
    const fresh = events.filter((event) => event.position > this.position);
    const last = fresh.at(-1)?.position;
    if (last === undefined) return;
    this.working.clear();
    const deltas = fresh.flatMap((event) => projectEvent(this.projections, event, this.workingSet));
    this.boards.commit(this.name, this.position, last, [...this.working.values()]);
    this.position = last;
    this.unpublished.push(...deltas);
    for (const waiter of this.waiters) {
      if (waiter.position <= last) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  /**
   * Deltas of committed boards that the bus has not taken yet (it was down): sent before anything newer,
   * so gateways still see every board's versions in order once the bus is back.
   */
  private readonly unpublished: BoardDelta[] = [];
  private async publishPending(): Promise<void> {
    while (this.unpublished.length > 0) {
      const delta = this.unpublished[0] as BoardDelta;
      await this.bus.publish(BOARD_DELTAS_TOPIC, delta.boardId, delta);
      this.unpublished.shift();
    }
  }

  /** Resolves once every event up to `position` is in the boards. */
  waitFor(target: number): Promise<void> {
    if (target <= this.position) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add({ position: target, resolve }));
  }
}
