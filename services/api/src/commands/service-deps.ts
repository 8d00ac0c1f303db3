import {
  type BoardReader,
  boardIdOf,
  CATALOGUE_BOARD,
  type CatalogueBoard,
  catalogueBoardProjection,
} from "@cobuild/boards";
import type { AggregateReaders } from "./readers.ts";
import type { CommandRuntime } from "./run-command.ts";

/** Reads what a community holds, by kind (see the catalogue board). Empty for an unknown community. */
export type CatalogueReader = (communityId: string) => Promise<CatalogueBoard>;

export const catalogueReader =
  (boards: BoardReader): CatalogueReader =>
  async (communityId) => {
    const snapshot = await boards.getBoard(boardIdOf(CATALOGUE_BOARD, communityId));
    return (snapshot?.data as CatalogueBoard | undefined) ?? catalogueBoardProjection.initial(communityId);
  };

/**
 * What every context's service is built from: the command runtime (store, clock, queue, access) and the
 * catalogue, for listing a community's things. Lists come from a projection and trail the log by the
 * projector's lag (milliseconds in one process); reading one thing by id is always current.
 */
export interface ServiceDeps extends CommandRuntime {
  catalogue: CatalogueReader;
  /** Other contexts' aggregates, read from their streams. */
  read: AggregateReaders;
}
