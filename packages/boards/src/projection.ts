import type { CobuildEvent, DomainEvent } from "@cobuild/domain";
import type { BoardOp } from "./protocol/ops.ts";

/** Where an event sits in the log: what projections read besides its type and data. */
export interface EventPlace {
  streamId: string;
  position: number;
  occurredAt: string;
  /** Who caused it (the event's recorded actor); the projector always passes it, test fixtures may not. */
  actor?: string;
}

/**
 * A stored event as a projection receives it: one member of the domain's event unions (so narrowing on
 * `type` types `data`), with its place in the log. The feed parses and upcasts events before projections
 * see them, and the engine only hands a projection the types it declares in `handles`.
 */
export type ProjectedEvent<E extends DomainEvent = CobuildEvent> = E extends DomainEvent
  ? E & EventPlace
  : never;

/**
 * What a projection remembers for itself from events of other streams: names, routes, running
 * counters. Kept by the engine beside the boards as a board of its own kind, which no client can watch
 * (watchRule knows no such kind), so it may hold what the served boards must not. The engine applies
 * `remember` first, then hands the result to `keysFor` and `project` for the same event.
 */
export interface ProjectionMemory<Memory, E extends DomainEvent = DomainEvent> {
  /** The board kind the memory is stored under; never served. */
  kind: string;
  /** Which memory an event reads and updates (a community, say); undefined when it needs none. */
  keyFor(event: ProjectedEvent<E>): string | undefined;
  initial(key: string): Memory;
  remember(memory: Memory, event: ProjectedEvent<E>): BoardOp[];
}

/**
 * One kind of board: the event types it handles, which boards an event touches, what an empty board looks
 * like, and the pure (board, event, memory) -> ops function. A projection reads no other board: what it
 * needs from other streams it keeps in its memory or finds in the event. Nothing here does I/O.
 */
export interface BoardProjection<Data = unknown, E extends DomainEvent = DomainEvent, Memory = unknown> {
  kind: string;
  /** Every event type the projection reads; the engine calls it for these and no others. */
  handles: readonly E["type"][];
  memory?: ProjectionMemory<Memory, E>;
  keysFor(event: ProjectedEvent<E>, memory: Memory | undefined): string[];
  initial(key: string): Data;
  project(board: Data, event: ProjectedEvent<E>, memory: Memory | undefined): BoardOp[];
}

export const boardIdOf = (kind: string, key: string): string => `${kind}:${key}`;

/** The event types of a zod discriminated union of domain events, for a projection's `handles`. */
export const typesOf = <Type extends string>(
  union: readonly { shape: { type: { value: Type } } }[],
): Type[] => union.map((option) => option.shape.type.value);

/** Reads the current snapshot of a board; implemented by whatever stores the boards. */
export interface BoardReader {
  getBoard(boardId: string): Promise<import("./protocol/messages.ts").BoardSnapshot | undefined>;
}
