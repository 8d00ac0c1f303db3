import type { BoardWatchAccess } from "@cobuild/access";
import { BoardId, type BoardReader } from "@cobuild/boards";
import { forbidden, notFound } from "@cobuild/domain";
import { z } from "zod";
import { etagOf } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";

const BoardParams = z.object({ boardId: BoardId });

/**
 * Board snapshots over plain HTTP: for first paint, scripts, and clients without sockets. The same
 * rule as the socket gateway decides who may read which board.
 */
export function boardRoutes(boards: BoardReader, watchers: Pick<BoardWatchAccess, "mayWatch">): ApiRoute[] {
  return [
    route({
      method: "get",
      path: "/boards/:boardId",
      tag: "Boards",
      summary: "A live board's current snapshot { boardId, version, data }",
      auth: "session",
      params: BoardParams,
      success: { status: 200, description: "The snapshot" },
      async handle({ params: { boardId }, principal, res }) {
        const snapshot = await boards.getBoard(boardId);
        if (!snapshot) throw notFound("board_not_found", `No board ${boardId}.`);
        const verdict = await watchers.mayWatch(principal, snapshot);
        // The catalogue and other never-served boards answer like a missing board.
        if (verdict === "not_served") throw notFound("board_not_found", `No board ${boardId}.`);
        if (verdict === "not_allowed")
          throw forbidden("not_allowed", `Your roles do not let you read ${boardId}.`);
        res.setHeader("ETag", etagOf(snapshot.version)).json(snapshot);
      },
    }),
  ];
}
