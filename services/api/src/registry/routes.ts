import { Id, notFound, RegisterCommunityInput, RegisterUnitInput } from "@cobuild/domain";
import { Router } from "express";
import { z } from "zod";
import { envelopeOf, etagOf, sendCommandResult } from "../http/command-http.ts";
import { bodyWith, parseInput } from "../http/validate.ts";
import type { RegistryService } from "./commands.ts";

const CommunityParams = z.object({ communityId: Id });
const UnitParams = z.object({ unitId: Id });

export function registryRoutes(registry: RegistryService): Router {
  const router = Router();

  router.post("/communities", async (req, res) => {
    const data = parseInput(RegisterCommunityInput, req.body);
    const result = await registry.registerCommunity(data, envelopeOf(req));
    sendCommandResult(
      res,
      result,
      { communityId: data.communityId },
      { created: `/api/communities/${data.communityId}` },
    );
  });

  router.get("/communities/:communityId", async (req, res) => {
    const { communityId } = parseInput(CommunityParams, req.params);
    const { state, revision } = await registry.community(communityId);
    if (state.status === "none") throw notFound("community_not_found", `No community ${communityId}.`);
    res.setHeader("ETag", etagOf(revision)).json(state.community);
  });

  router.post("/communities/:communityId/units", async (req, res) => {
    const { communityId } = parseInput(CommunityParams, req.params);
    const data = parseInput(RegisterUnitInput, bodyWith(req.body, { communityId }));
    const result = await registry.registerUnit(data, envelopeOf(req));
    sendCommandResult(res, result, { unitId: data.unitId }, { created: `/api/units/${data.unitId}` });
  });

  router.get("/units/:unitId", async (req, res) => {
    const { unitId } = parseInput(UnitParams, req.params);
    const { state, revision } = await registry.unit(unitId);
    if (state.status === "none") throw notFound("unit_not_found", `No unit ${unitId}.`);
    res.setHeader("ETag", etagOf(revision)).json(state.unit);
  });

  return router;
}
