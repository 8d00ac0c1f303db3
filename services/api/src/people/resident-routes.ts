import {
  ApproveResidentInput,
  Id,
  notFound,
  RegisterResidentInNeedInput,
  RevokeResidentApprovalInput,
} from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { etagOf, sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { type PeopleService, residentScope } from "./service.ts";
import { byName, residentSummary, residentView } from "./view.ts";

const CommunityParams = z.object({ communityId: Id });
const ResidentParams = z.object({ residentId: Id });

export const residentPath = (residentId: string) => `/api/residents/${residentId}`;

/** Residents in need (困难居民): registered and approved by staff, served by the love supermarket. */
export function residentRoutes(people: PeopleService, access: AccessControl): ApiRoute[] {
  const tag = "Residents";
  return [
    route({
      method: "post",
      path: "/communities/:communityId/residents",
      tag,
      summary: "Register a resident in need (困难居民); they wait for approval before receiving goods",
      auth: "session",
      params: CommunityParams,
      body: RegisterResidentInNeedInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Registered, pending approval" },
      async handle({ body, envelope, res }) {
        const result = await people.registerResident(body, envelope);
        sendCommandResult(
          res,
          result,
          { residentId: body.residentId },
          { created: residentPath(body.residentId) },
        );
      },
    }),
    route({
      method: "get",
      path: "/residents/:residentId",
      tag,
      summary:
        "A resident in need: the whole record for staff; name, category, household size and approval for a keeper",
      auth: "session",
      params: ResidentParams,
      success: { status: 200, description: "The resident" },
      async handle({ params: { residentId }, principal, res }) {
        const { state, revision } = await people.resident(residentId);
        if (state.status === "none") throw notFound("resident_not_found", `No resident ${residentId}.`);
        const scope = residentScope(residentId, state);
        await access.check(principal, "ReadResident", scope);
        // Address, staff notes and revocation reasons are for those who manage residents, not the counter.
        const manages = await access.allows(principal, "ApproveResident", scope);
        res.setHeader("ETag", etagOf(revision)).json(manages ? residentView(state) : residentSummary(state));
      },
    }),
    route({
      method: "get",
      path: "/communities/:communityId/residents",
      tag,
      summary: "A community's residents in need by name: category, household size and whether approved",
      auth: "session",
      params: CommunityParams,
      success: { status: 200, description: "The residents" },
      async handle({ params: { communityId }, principal, res }) {
        await access.check(principal, "ReadResident", { communityId });
        const ids = (await people.residentIds(communityId)).sort();
        const states = await Promise.all(ids.map(async (id) => (await people.resident(id)).state));
        const listed = states.flatMap((state) => (state.status === "none" ? [] : [residentSummary(state)]));
        res.json({ communityId, residents: listed.sort(byName) });
      },
    }),
    route({
      method: "post",
      path: "/residents/:residentId/approval",
      tag,
      summary: "Approve a resident in need: from the given date they may receive goods",
      auth: "session",
      params: ResidentParams,
      body: ApproveResidentInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Approved" },
      async handle({ body, envelope, res }) {
        const result = await people.approveResident(body, envelope);
        sendCommandResult(res, result, { residentId: body.residentId });
      },
    }),
    route({
      method: "post",
      path: "/residents/:residentId/approval/revoke",
      tag,
      summary: "Revoke a resident's approval, saying why; they may be approved again later",
      auth: "session",
      params: ResidentParams,
      body: RevokeResidentApprovalInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Approval revoked" },
      async handle({ body, envelope, res }) {
        const result = await people.revokeResidentApproval(body, envelope);
        sendCommandResult(res, result, { residentId: body.residentId });
      },
    }),
  ];
}
