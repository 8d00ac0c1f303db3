import { AddMemberInput, AppointLeaderInput, CreateTeamInput, Id, RemoveMemberInput } from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { hoursRoutes } from "./hours-routes.ts";
import { teamPath, teamReadRoutes } from "./read-routes.ts";
import type { TeamsService } from "./service.ts";

const CommunityParams = z.object({ communityId: Id });
const TeamParams = z.object({ teamId: Id });
const MemberParams = z.object({ teamId: Id, personId: Id });

/** Volunteer teams (志愿者服务队) over HTTP: creation, leader, roster, then reads and hours. */
export function teamRoutes(teams: TeamsService, access: AccessControl): ApiRoute[] {
  const tag = "Teams";
  return [
    route({
      method: "post",
      path: "/communities/:communityId/teams",
      tag,
      summary: "Set up a volunteer team (志愿者服务队) in a community, one of the 8+N categories",
      auth: "session",
      params: CommunityParams,
      body: CreateTeamInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Created" },
      async handle({ body, envelope, res }) {
        const result = await teams.createTeam(body, envelope);
        sendCommandResult(res, result, { teamId: body.teamId }, { created: teamPath(body.teamId) });
      },
    }),
    route({
      method: "post",
      path: "/teams/:teamId/leader",
      tag,
      summary: "Appoint the team's leader (队长); a person not yet on the roster joins it",
      auth: "session",
      params: TeamParams,
      body: AppointLeaderInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Appointed" },
      async handle({ body, envelope, res }) {
        const result = await teams.appointLeader(body, envelope);
        sendCommandResult(res, result, { teamId: body.teamId, personId: body.personId });
      },
    }),
    route({
      method: "post",
      path: "/teams/:teamId/members",
      tag,
      summary: "Add a registered person to the team's roster, with the skills they bring",
      auth: "session",
      params: TeamParams,
      body: AddMemberInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Added; the roster is read as part of the team" },
      async handle({ body, envelope, res }) {
        const result = await teams.addMember(body, envelope);
        sendCommandResult(
          res,
          result,
          { teamId: body.teamId, personId: body.personId },
          { created: teamPath(body.teamId) },
        );
      },
    }),
    route({
      method: "post",
      path: "/teams/:teamId/members/:personId/removal",
      tag,
      summary: "Take a member off the roster, with an optional reason; the leader cannot be removed",
      auth: "session",
      params: MemberParams,
      body: RemoveMemberInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Removed" },
      async handle({ params, body, envelope, res }) {
        sendCommandResult(res, await teams.removeMember(body, envelope), params);
      },
    }),
    ...teamReadRoutes(teams, access),
    ...hoursRoutes(teams),
  ];
}
