import { EvaluateMemberInput, Id, notFound, RegisterPersonInput, ReportInInput } from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { etagOf, sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { type PeopleService, personScope } from "./service.ts";
import { byName, personSummary, personView } from "./view.ts";

const CommunityParams = z.object({ communityId: Id });
const PersonParams = z.object({ personId: Id });

export const personPath = (personId: string) => `/api/people/${personId}`;

/** People (党员, 积极分子, 居民志愿者): registering, reading, reporting in (报到) and yearly evaluations (评议). */
export function personRoutes(people: PeopleService, access: AccessControl): ApiRoute[] {
  const tag = "People";
  return [
    route({
      method: "post",
      path: "/communities/:communityId/people",
      tag,
      summary:
        "Register a person in their residential community: party member (with category), activist or resident volunteer",
      auth: "session",
      params: CommunityParams,
      body: RegisterPersonInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Registered" },
      async handle({ body, envelope, res }) {
        const result = await people.registerPerson(body, envelope);
        sendCommandResult(res, result, { personId: body.personId }, { created: personPath(body.personId) });
      },
    }),
    route({
      method: "get",
      path: "/people/:personId",
      tag,
      summary: "A person: registration, reporting-in date and yearly evaluations (staff, or the person)",
      auth: "session",
      params: PersonParams,
      success: { status: 200, description: "The person" },
      async handle({ params: { personId }, principal, res }) {
        const { state, revision } = await people.person(personId);
        if (state.status === "none") throw notFound("person_not_found", `No person ${personId}.`);
        await access.check(principal, "ReadPerson", personScope(personId, state));
        res.setHeader("ETag", etagOf(revision)).json(personView(state));
      },
    }),
    route({
      method: "get",
      path: "/communities/:communityId/people",
      tag,
      summary: "A community's people by name, with kind, party category and whether they reported in (staff)",
      auth: "session",
      params: CommunityParams,
      success: { status: 200, description: "The people" },
      async handle({ params: { communityId }, principal, res }) {
        // Over the community, not a person: a member's grant (over themself) does not admit the roster.
        await access.check(principal, "ReadPerson", { communityId });
        const ids = (await people.personIds(communityId)).sort();
        const states = await Promise.all(ids.map(async (personId) => (await people.person(personId)).state));
        const listed = states.flatMap((state) => (state.status === "none" ? [] : [personSummary(state)]));
        res.json({ communityId, people: listed.sort(byName) });
      },
    }),
    route({
      method: "get",
      path: "/communities/:communityId/people/names",
      tag,
      summary: "A community's people by name only, for team leaders picking members (staff, team leaders)",
      auth: "session",
      params: CommunityParams,
      success: { status: 200, description: "Ids and names" },
      async handle({ params: { communityId }, principal, res }) {
        await access.check(principal, "ReadPeopleNames", { communityId });
        const names = await people.personNames(communityId);
        res.json({ communityId, people: names.sort(byName) });
      },
    }),
    route({
      method: "post",
      path: "/people/:personId/report-in",
      tag,
      summary: "Record that an in-service party member reported in (报到) to their residential community",
      auth: "session",
      params: PersonParams,
      body: ReportInInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Reported in" },
      async handle({ body, envelope, res }) {
        const result = await people.reportIn(body, envelope);
        sendCommandResult(res, result, { personId: body.personId });
      },
    }),
    route({
      method: "post",
      path: "/people/:personId/evaluations",
      tag,
      summary: "Record the community's evaluation (评议) of a person's year: grade and comment, dated today",
      auth: "session",
      params: PersonParams,
      body: EvaluateMemberInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Evaluated" },
      async handle({ body, envelope, res }) {
        const result = await people.evaluateMember(body, envelope);
        sendCommandResult(
          res,
          result,
          { personId: body.personId, year: body.year },
          // An evaluation is read as part of its person.
          { created: personPath(body.personId) },
        );
      },
    }),
  ];
}
