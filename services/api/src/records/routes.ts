import {
  Id,
  notFound,
  personEvents,
  postEvents,
  postStream,
  teamEvents,
  teamStream,
  yearEndRecord,
} from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { eventReader } from "../commands/read-events.ts";
import type { ServiceDeps } from "../commands/service-deps.ts";
import { type ApiRoute, route } from "../http/route.ts";

const _readPersonEvent = eventReader(personEvents);
const readPostEvent = eventReader(postEvents);
const readTeamEvent = eventReader(teamEvents);

const Params = z.object({ personId: Id });
const Query = z.object({ year: z.coerce.number().int().min(2000).max(9999).optional() });

/**
 * The year-end record of a member (在职党员参与社区活动情况反馈表), read by staff, by the member, and by
 * the liaison of the member's employer, for whom it is made.
 */
export function recordRoutes(deps: ServiceDeps, access: AccessControl): ApiRoute[] {
  return [
    route({
      method: "get",
      path: "/people/:personId/year-end-record",
      tag: "People",
      summary:
        "A member's year-end record for their employer: posts, duty hours, volunteer hours, evaluation",
      auth: "session",
      params: Params,
      query: Query,
      success: { status: 200, description: "The record" },
      async handle({ params: { personId }, query, principal, res }) {
        const { state } = await deps.read.person(personId);
        if (state.status === "none") throw notFound("person_not_found", `No person ${personId}.`);
        const { communityId, employerUnitId } = state.person;
        await access.check(principal, "ReadMemberRecord", {
          communityId,
          personId,
          ...(employerUnitId ? { unitId: employerUnitId } : {}),
        });
        const year = query.year ?? Number(deps.today().slice(0, 4));
        const catalogue = await deps.catalogue(communityId);
        const read = async <E>(streamId: string, reader: (e: Parameters<typeof readPostEvent>[0]) => E) =>
          (await deps.store.readStream(streamId)).map(reader);
        const posts = await Promise.all(
          Object.keys(catalogue.posts).map((id) => read(postStream(id), readPostEvent)),
        );
        const teams = await Promise.all(
          Object.keys(catalogue.teams).map((id) => read(teamStream(id), readTeamEvent)),
        );
        res.json(yearEndRecord(state, posts, teams, year));
      },
    }),
  ];
}
