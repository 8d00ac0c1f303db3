import {
  agreementProgress,
  commitmentProgress,
  DraftAgreementInput,
  Id,
  LogContributionInput,
  notFound,
  SignAgreementInput,
} from "@cobuild/domain";
import { Router } from "express";
import { z } from "zod";
import { entityIdFor } from "../commands/ids.ts";
import { envelopeOf, etagOf, sendCommandResult } from "../http/command-http.ts";
import { bodyWith, parseInput } from "../http/validate.ts";
import type { AgreementService } from "./commands.ts";

const AgreementParams = z.object({ agreementId: Id });

export function agreementRoutes(agreements: AgreementService): Router {
  const router = Router();

  router.post("/agreements", async (req, res) => {
    const data = parseInput(DraftAgreementInput, req.body);
    const result = await agreements.draftAgreement(data, envelopeOf(req));
    sendCommandResult(
      res,
      result,
      { agreementId: data.agreementId },
      { created: `/api/agreements/${data.agreementId}` },
    );
  });

  router.get("/agreements/:agreementId", async (req, res) => {
    const { agreementId } = parseInput(AgreementParams, req.params);
    const { state, revision } = await agreements.agreement(agreementId);
    if (state.status === "none") throw notFound("agreement_not_found", `No agreement ${agreementId}.`);
    const logged = state.status === "signed" ? state.logged : new Map<string, number>();
    const commitments = state.agreement.commitments.map((c) => {
      const done = logged.get(c.commitmentId) ?? 0;
      return { ...c, logged: done, progress: commitmentProgress(done, c.targetQuantity) };
    });
    res.setHeader("ETag", etagOf(revision)).json({
      ...state.agreement,
      status: state.status,
      signature: state.status === "signed" ? state.signature : null,
      commitments,
      progress: agreementProgress(commitments.map((c) => ({ logged: c.logged, target: c.targetQuantity }))),
    });
  });

  router.post("/agreements/:agreementId/signature", async (req, res) => {
    const { agreementId } = parseInput(AgreementParams, req.params);
    const data = parseInput(SignAgreementInput, bodyWith(req.body, { agreementId }));
    const result = await agreements.signAgreement(data, envelopeOf(req));
    sendCommandResult(res, result, { agreementId });
  });

  router.post("/agreements/:agreementId/contributions", async (req, res) => {
    const { agreementId } = parseInput(AgreementParams, req.params);
    // A client that wants safe retries sends its own contributionId (or an Idempotency-Key).
    const envelope = envelopeOf(req);
    // A retried request without a contributionId must get the same one, or it would look like a new body.
    const contributionId = entityIdFor(`contribution:${agreementId}`, envelope.idempotencyKey);
    const data = parseInput(LogContributionInput, { contributionId, ...bodyWith(req.body, { agreementId }) });
    const result = await agreements.logContribution(data, envelope);
    sendCommandResult(
      res,
      result,
      { agreementId, contributionId: data.contributionId },
      // A contribution is read as part of its agreement.
      { created: `/api/agreements/${agreementId}` },
    );
  });

  return router;
}
