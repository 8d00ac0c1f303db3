import { Id, notFound } from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { etagOf } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { type TeamsService, teamScope } from "./service.ts";
import { peopleOf, teamSummary, teamView } from "./view.ts";

const CommunityParams = z.object({ communityId: Id });
const TeamParams = z.object({ teamId: Id });

/** Where a team is read: its members and hours are read as part of it. */
export const teamPath = (teamId: string) => `/api/teams/${teamId}`;

/** Reading teams: one with its roster and hours, or a community's list. */
export function teamReadRoutes(teams: TeamsService, access: AccessControl): ApiRoute[] {
  const tag = "Teams";
  return [
    route({
      method: "get",
      path: "/teams/:teamId",
      tag,
      summary: "A team: its leader, its roster with names and each member's approved and pending hours",
      auth: "session",
      params: TeamParams,
      success: { status: 200, description: "The team" },
      async handle({ params: { teamId }, principal, res }) {
        const { state, revision } = await teams.team(teamId);
        if (state.status === "none") throw notFound("team_not_found", `No team ${teamId}.`);
        await access.check(principal, "ReadTeam", teamScope(teamId, state));
        const nameOf = await teams.namesOf(peopleOf(state));
        res.setHeader("ETag", etagOf(revision)).json(teamView(state, nameOf));
      },
    }),
    route({
      method: "get",
      path: "/communities/:communityId/teams",
      tag,
      summary: "A community's volunteer teams, each with its leader, size and hours",
      auth: "session",
      params: CommunityParams,
      success: { status: 200, description: "The teams" },
      async handle({ params: { communityId }, principal, res }) {
        // Every participant of the community may read its teams, so one check covers the whole list.
        await access.check(principal, "ReadTeam", { communityId });
        const ids = Object.keys(await teams.catalogue(communityId)).sort();
        const states = await Promise.all(ids.map(async (teamId) => (await teams.team(teamId)).state));
        const created = states.filter((state) => state.status === "created");
        const nameOf = await teams.namesOf(
          created.flatMap((team) => (team.leaderPersonId ? [team.leaderPersonId] : [])),
        );
        res.json({ communityId, teams: created.map((team) => teamSummary(team, nameOf)) });
      },
    }),
  ];
}
