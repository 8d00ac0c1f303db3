import { BoardId, type BoardReader, isServedBoard } from "@cobuild/boards";
import { notFound } from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { etagOf } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";

const BoardParams = z.object({ boardId: BoardId });

/** Board snapshots over plain HTTP: for first paint, scripts, and clients without sockets. */
export function boardRoutes(boards: BoardReader, access: AccessControl): ApiRoute[] {
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
        const snapshot = isServedBoard(boardId) ? await boards.getBoard(boardId) : undefined;
        if (!snapshot) throw notFound("board_not_found", `No board ${boardId}.`);
        const [kind, key] = boardId.split(":");
        // A community's boards are read by that community's people; the directory by anyone logged in.
        if (kind !== "directory" && key) await access.check(principal, "ReadBoard", { communityId: key });
        res.setHeader("ETag", etagOf(snapshot.version)).json(snapshot);
      },
    }),
  ];
}
