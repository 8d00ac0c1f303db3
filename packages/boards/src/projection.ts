import type { CobuildEvent } from "@cobuild/domain";
import type { BoardOp } from "./protocol/ops.ts";

/** Where an event sits in the log: the part of a stored event besides its type and data. */
export interface EventPlace {
  streamId: string;
  position: number;
  occurredAt: string;
}

/**
 * A log event as projections receive it: parsed and upcast to its type's current version once, where the
 * feed hands it over, so projections read typed data and never parse it again.
 */
export type ProjectedEvent = CobuildEvent & EventPlace;

/**
 * What a projection may look at besides its own board: the other boards, as they stand after every
 * earlier event and after this event's effect on the boards projected before it (allProjections
 * orders them). A board that needs a name (a person's, an item's) reads it from the catalogue this way
 * instead of keeping its own copy; the log's order makes the answer the same on every rebuild.
 */
export interface ProjectionContext {
  board<Data>(boardId: string): Data | undefined;
}

/**
 * One kind of board: which boards an event touches, what an empty board looks like, and the pure
 * (board, event, context) -> ops function. Projectors run these; nothing here does I/O.
 */
export interface BoardProjection<Data = unknown> {
  kind: string;
  keysFor(event: ProjectedEvent, context: ProjectionContext): string[];
  initial(key: string): Data;
  project(board: Data, event: ProjectedEvent, context: ProjectionContext): BoardOp[];
}

export const boardIdOf = (kind: string, key: string): string => `${kind}:${key}`;

/** Reads the current snapshot of a board; implemented by whatever stores the boards. */
export interface BoardReader {
  getBoard(boardId: string): Promise<import("./protocol/messages.ts").BoardSnapshot | undefined>;
}
