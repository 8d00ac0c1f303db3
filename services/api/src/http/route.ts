import { forbidden, unauthenticated } from "@cobuild/domain";
import type { Request, RequestHandler, Response, Router } from "express";
import { z } from "zod";
import type { Principal } from "../auth/principal.ts";
import type { CommandEnvelope, CommandResult } from "../commands/run-command.ts";
import { envelopeOf, sendCommandResult } from "./command-http.ts";
import { bodyWith, parseInput } from "./validate.ts";

type Method = "get" | "post" | "put" | "delete";
type AnyObject = z.ZodType<Record<string, unknown>>;
const NoInput = z.object({});

/** What a handler receives: every input already parsed, and who is asking. */
export interface RouteInput<Params, Query, Body> {
  params: Params;
  query: Query;
  body: Body;
  /** Undefined only on public routes. */
  principal: Principal | undefined;
  req: Request;
  res: Response;
}

/** A logged-in request's input: the principal is known and the command envelope is built. */
export interface SessionInput<Params, Query, Body> extends RouteInput<Params, Query, Body> {
  principal: Principal;
  envelope: CommandEnvelope;
}

interface RouteCommon<P extends AnyObject, Q extends AnyObject, B extends z.ZodType> {
  method: Method;
  /** Express syntax, relative to /api: `/agreements/:agreementId`. */
  path: string;
  /** One line for the OpenAPI document, in English. */
  summary: string;
  /** Groups routes in the OpenAPI document: the context's name. */
  tag: string;
  params?: P;
  query?: Q;
  /** The body schema. With `bodyIncludesParams`, the path ids are merged in before parsing. */
  body?: B;
  bodyIncludesParams?: boolean;
  /** The success status and what its body holds, for the OpenAPI document. */
  success: { status: 200 | 201 | 204; description: string; schema?: z.ZodType };
  /** Open to someone whose password staff reset, before they chose a new one (who am I, log out, choose). */
  beforeNewPassword?: boolean;
}

export type RouteDefinition<P extends AnyObject, Q extends AnyObject, B extends z.ZodType> = RouteCommon<
  P,
  Q,
  B
> &
  (
    | { auth: "public"; handle(input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>): Promise<void> }
    | { auth: "session"; handle(input: SessionInput<z.output<P>, z.output<Q>, z.output<B>>): Promise<void> }
  );

/** A route with its types erased: what the router and the OpenAPI document walk over. */
export interface ApiRoute extends RouteCommon<AnyObject, AnyObject, z.ZodType> {
  auth: "public" | "session";
  run(req: Request, res: Response): Promise<void>;
}

/**
 * Declares one API route: its inputs are zod schemas, parsed here before the handler runs (a failure is
 * a 400 naming each field), and the same schemas produce the OpenAPI document.
 */
export function route<
  P extends AnyObject = typeof NoInput,
  Q extends AnyObject = typeof NoInput,
  B extends z.ZodType = typeof NoInput,
>(definition: RouteDefinition<P, Q, B>): ApiRoute {
  const run = async (req: Request, res: Response) => {
    const principal = res.locals.principal as Principal | undefined;
    const params = parseInput(definition.params ?? NoInput, req.params) as z.output<P>;
    const query = parseInput(definition.query ?? NoInput, req.query) as z.output<Q>;
    const rawBody = definition.bodyIncludesParams
      ? bodyWith(req.body ?? {}, req.params as Record<string, string>)
      : req.body;
    const body = (definition.body ? parseInput(definition.body, rawBody) : undefined) as z.output<B>;
    if (definition.auth === "public") {
      await definition.handle({ params, query, body, principal, req, res });
      return;
    }
    if (!principal) throw unauthenticated("login_required", "Log in first.");
    if (principal.kind === "user" && principal.mustChangePassword && !definition.beforeNewPassword) {
      throw forbidden("password_change_required", "Your password was reset: choose a new one first.");
    }
    await definition.handle({
      params,
      query,
      body,
      principal,
      envelope: envelopeOf(req, principal),
      req,
      res,
    });
  };
  return { ...(definition as RouteCommon<AnyObject, AnyObject, z.ZodType>), auth: definition.auth, run };
}

/**
 * A command on something that already exists: POSTed to its path, the path's ids merged into the body,
 * answered 200 with those ids and the stream's new revision as the ETag.
 */
export function changeRoute<P extends AnyObject, B extends z.ZodType>(spec: {
  path: string;
  tag: string;
  summary: string;
  params: P;
  body: B;
  run(data: z.output<B>, envelope: CommandEnvelope): Promise<CommandResult<unknown>>;
  description?: string;
}): ApiRoute {
  return route({
    method: "post",
    path: spec.path,
    tag: spec.tag,
    summary: spec.summary,
    auth: "session",
    params: spec.params,
    body: spec.body,
    bodyIncludesParams: true,
    success: { status: 200, description: spec.description ?? "Recorded; the ETag is the new revision" },
    async handle({ params: ids, body: data, envelope, res }) {
      sendCommandResult(res, await spec.run(data, envelope), ids);
    },
  });
}

/** Mounts routes on an Express router, in order, each behind `guard` (checks before any route runs). */
export function mountRoutes(router: Router, routes: readonly ApiRoute[], guard?: RequestHandler): void {
  for (const r of routes) {
    const run = (req: Request, res: Response) => r.run(req, res);
    if (guard) router[r.method](r.path, guard, run);
    else router[r.method](r.path, run);
  }
}
