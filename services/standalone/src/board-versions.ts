import { join } from "node:path";
import { openPreviousBoards, ServingBoards, SqliteBoardStore } from "@cobuild/board-store";
import { BOARDS_VERSION, boardsFileName } from "@cobuild/boards";
import type { RunningGateway } from "@cobuild/gateway";
import type { LogProjector } from "@cobuild/projector";
import type { Logger } from "pino";

/**
 * Which boards file serves. The current version's file is projected into; until it has once caught up
 * with the log it is "building", and the newest complete file of an older version (if any) keeps serving
 * meanwhile. When the build catches up, serving switches to it at once, every watcher is told to resync,
 * and deltas flow from then on. A crash mid-build resumes from the build's own checkpoint.
 */
export class BoardVersions {
  readonly current: SqliteBoardStore;
  readonly serving: ServingBoards;
  readonly building: boolean;
  private previous: { close(): void } | undefined;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
  ) {
    this.current = new SqliteBoardStore(join(dataDir, boardsFileName()));
    this.building = !this.current.isComplete();
    const previous = this.building ? openPreviousBoards(dataDir, BOARDS_VERSION) : undefined;
    this.previous = previous;
    this.serving = new ServingBoards(previous ?? this.current);
    if (this.building) {
      logger.info(
        { version: BOARDS_VERSION, servingPrevious: previous !== undefined },
        previous
          ? "building the boards from the log; the previous version serves until they catch up"
          : "building the boards from the log",
      );
    }
  }

  /** The build reached the log's head: serve it, publish its changes, and send watchers to it. */
  caughtUp(projector: LogProjector, gateway: RunningGateway | undefined): void {
    if (this.current.isComplete() && this.serving.isServing(this.current)) return;
    this.current.markComplete();
    projector.serving();
    this.serving.switchTo(this.current);
    this.previous?.close();
    this.previous = undefined;
    gateway?.resyncAll();
    if (this.building) this.logger.info({ version: BOARDS_VERSION }, "boards caught up: now serving them");
  }

  /**
   * A readiness check: throws, with the lag, while the boards served are not the current ones caught up
   * with the log. Once they are, a few events in flight do not make the server unready.
   */
  check(projector: LogProjector): void {
    if (this.serving.isServing(this.current)) return;
    const lag = projector.head() - projector.position();
    throw new Error(`building boards version ${BOARDS_VERSION}: ${lag} events behind the log`);
  }

  close(): void {
    this.previous?.close();
    this.current.close();
  }
}
