import { Id, notFound, RegisterCommunityInput, RegisterUnitInput } from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { etagOf, sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import type { RegistryService } from "./commands.ts";

const CommunityParams = z.object({ communityId: Id });
const UnitParams = z.object({ unitId: Id });

export function registryRoutes(registry: RegistryService, access: AccessControl): ApiRoute[] {
  const tag = "Registry";
  return [
    route({
      method: "post",
      path: "/communities",
      tag,
      summary: "Register a community under its street",
      auth: "session",
      body: RegisterCommunityInput,
      success: { status: 201, description: "Registered" },
      async handle({ body, envelope, res }) {
        const result = await registry.registerCommunity(body, envelope);
        sendCommandResult(
          res,
          result,
          { communityId: body.communityId },
          { created: `/api/communities/${body.communityId}` },
        );
      },
    }),
    route({
      method: "get",
      path: "/communities/:communityId",
      tag,
      summary: "A community",
      auth: "session",
      params: CommunityParams,
      success: { status: 200, description: "The community" },
      async handle({ params: { communityId }, principal, res }) {
        const { state, revision } = await registry.community(communityId);
        if (state.status === "none") throw notFound("community_not_found", `No community ${communityId}.`);
        await access.check(principal, "ReadCommunity", { communityId });
        res.setHeader("ETag", etagOf(revision)).json(state.community);
      },
    }),
    route({
      method: "post",
      path: "/communities/:communityId/units",
      tag,
      summary: "Register a resident unit (驻区单位) in a community",
      auth: "session",
      params: CommunityParams,
      body: RegisterUnitInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Registered" },
      async handle({ body, envelope, res }) {
        const result = await registry.registerUnit(body, envelope);
        sendCommandResult(res, result, { unitId: body.unitId }, { created: `/api/units/${body.unitId}` });
      },
    }),
    route({
      method: "get",
      path: "/units/:unitId",
      tag,
      summary: "A resident unit",
      auth: "session",
      params: UnitParams,
      success: { status: 200, description: "The unit" },
      async handle({ params: { unitId }, principal, res }) {
        const { state, revision } = await registry.unit(unitId);
        if (state.status === "none") throw notFound("unit_not_found", `No unit ${unitId}.`);
        await access.check(principal, "ReadUnit", { communityId: state.unit.communityId, unitId });
        res.setHeader("ETag", etagOf(revision)).json(state.unit);
      },
    }),
  ];
}
