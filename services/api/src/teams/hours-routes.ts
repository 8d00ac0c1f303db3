import { ApproveServiceHoursInput, Id, LogServiceHoursInput, RejectServiceHoursInput } from "@cobuild/domain";
import { z } from "zod";
import { entityIdFor } from "../commands/ids.ts";
import { sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { bodyWith, parseInput } from "../http/validate.ts";
import { teamPath } from "./read-routes.ts";
import type { TeamsService } from "./service.ts";

const TeamParams = z.object({ teamId: Id });
const EntryParams = z.object({ teamId: Id, entryId: Id });

/** Volunteer service hours (志愿服务时长): the leader logs them, staff approve or reject them. */
export function hoursRoutes(teams: TeamsService): ApiRoute[] {
  const tag = "Teams";
  return [
    route({
      method: "post",
      path: "/teams/:teamId/hours",
      tag,
      summary: "Log hours a member served; they count once staff approve them",
      auth: "session",
      params: TeamParams,
      // Parsed in the handler: a retry without an entryId must get the same one as the first try.
      body: LogServiceHoursInput.omit({ entryId: true }).extend({ entryId: Id.optional() }),
      bodyIncludesParams: true,
      success: { status: 201, description: "Logged; the entry is read as part of the team" },
      async handle({ params: { teamId }, req, envelope, res }) {
        const entryId = entityIdFor(`service-hours:${teamId}`, envelope.idempotencyKey);
        const data = parseInput(LogServiceHoursInput, { entryId, ...bodyWith(req.body, { teamId }) });
        const result = await teams.logHours(data, envelope);
        sendCommandResult(res, result, { teamId, entryId: data.entryId }, { created: teamPath(teamId) });
      },
    }),
    route({
      method: "post",
      path: "/teams/:teamId/hours/:entryId/approval",
      tag,
      summary: "Approve a pending entry of service hours",
      auth: "session",
      params: EntryParams,
      body: ApproveServiceHoursInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Approved" },
      async handle({ params, body, envelope, res }) {
        sendCommandResult(res, await teams.approveHours(body, envelope), params);
      },
    }),
    route({
      method: "post",
      path: "/teams/:teamId/hours/:entryId/rejection",
      tag,
      summary: "Reject a pending entry of service hours, saying why",
      auth: "session",
      params: EntryParams,
      body: RejectServiceHoursInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Rejected" },
      async handle({ params, body, envelope, res }) {
        sendCommandResult(res, await teams.rejectHours(body, envelope), params);
      },
    }),
  ];
}
