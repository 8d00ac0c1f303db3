import { randomUUID } from "node:crypto";
import type { Request, Response } from "express";
import { z } from "zod";
import type { Principal } from "../auth/principal.ts";
import type { CommandEnvelope, CommandResult } from "../commands/run-command.ts";
import { parseInput } from "./validate.ts";

const Headers = z.object({
  "idempotency-key": z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, "1–200 visible ASCII characters")
    .optional(),
  // A strong ETag holding a revision ("3"); weak ones never match If-Match (RFC 9110). "-1": must not exist yet.
  "if-match": z
    .string()
    .regex(/^"-?\d{1,15}"$/, 'a strong ETag such as "3"')
    .optional(),
  "x-request-id": z
    .string()
    .regex(/^[\x21-\x7e]{1,100}$/)
    .optional(),
});

/** Everything about a command that comes from the request rather than its body. */
export function envelopeOf(req: Request, principal: Principal): CommandEnvelope {
  const headers = parseInput(Headers, req.headers);
  const ifMatch = headers["if-match"];
  return {
    principal,
    correlationId: headers["x-request-id"] ?? randomUUID(),
    ...(headers["idempotency-key"] ? { idempotencyKey: headers["idempotency-key"] } : {}),
    ...(ifMatch ? { ifMatch: Number(ifMatch.replaceAll('"', "")) } : {}),
  };
}

export const etagOf = (revision: number): string => `"${revision}"`;

/** Answers a command: 201 (or 200 for a replay or an update) with the stream revision as the ETag. */
export function sendCommandResult(
  res: Response,
  result: CommandResult<unknown>,
  body: Record<string, unknown>,
  options: { created?: string } = {},
): void {
  res.setHeader("ETag", etagOf(result.revision));
  if (result.replayed) res.setHeader("Idempotent-Replayed", "true");
  if (options.created) res.setHeader("Location", options.created);
  res.status(options.created && !result.replayed ? 201 : 200).json({ ...body, revision: result.revision });
}
