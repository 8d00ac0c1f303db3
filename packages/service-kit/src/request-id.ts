import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";

/** What a caller may send as its own request id: short, plain characters (it ends up in logs). */
const GIVEN_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Gives every request an id: the caller's X-Request-Id when it looks like one (a proxy in front sets
 * it), else a new one. It is sent back in X-Request-Id and kept in `res.locals.requestId`, so an error
 * logged while answering names the request the operator is asked about.
 */
export const requestIds: RequestHandler = (req, res, next) => {
  const given = req.headers["x-request-id"];
  const id = typeof given === "string" && GIVEN_ID.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.setHeader("X-Request-Id", id);
  next();
};
