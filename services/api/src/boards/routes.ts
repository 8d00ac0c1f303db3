import { BoardId, type BoardReader } from "@cobuild/boards";
import { notFound } from "@cobuild/domain";
import { Router } from "express";
import { z } from "zod";
import { etagOf } from "../http/command-http.ts";
import { parseInput } from "../http/validate.ts";

const BoardParams = z.object({ boardId: BoardId });

/** Board snapshots over plain HTTP: for first paint, scripts, and clients without sockets. */
export function boardRoutes(boards: BoardReader): Router {
  const router = Router();
  router.get("/boards/:boardId", async (req, res) => {
    const { boardId } = parseInput(BoardParams, req.params);
    const snapshot = await boards.getBoard(boardId);
    if (!snapshot) throw notFound("board_not_found", `No board ${boardId}.`);
    res.setHeader("ETag", etagOf(snapshot.version)).json(snapshot);
  });
  return router;
}
