import { DraftAgreementInput, Id, LogContributionInput, notFound, SignAgreementInput } from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { entityIdFor } from "../commands/ids.ts";
import { etagOf, sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { bodyWith, parseInput } from "../http/validate.ts";
import { agreementChangeRoutes } from "./change-routes.ts";
import { type AgreementService, agreementScope } from "./commands.ts";
import { agreementView } from "./view.ts";

const AgreementParams = z.object({ agreementId: Id });

export function agreementRoutes(agreements: AgreementService, access: AccessControl): ApiRoute[] {
  const tag = "Agreements";
  return [
    route({
      method: "post",
      path: "/agreements",
      tag,
      summary: "Draft a co-building agreement (共驻共建协议书) with its commitments",
      auth: "session",
      body: DraftAgreementInput,
      success: { status: 201, description: "Drafted" },
      async handle({ body, envelope, res }) {
        const result = await agreements.draftAgreement(body, envelope);
        sendCommandResult(
          res,
          result,
          { agreementId: body.agreementId },
          { created: `/api/agreements/${body.agreementId}` },
        );
      },
    }),
    route({
      method: "get",
      path: "/agreements/:agreementId",
      tag,
      summary: "An agreement with each commitment's progress",
      auth: "session",
      params: AgreementParams,
      success: { status: 200, description: "The agreement" },
      async handle({ params: { agreementId }, principal, res }) {
        const { state, revision } = await agreements.agreement(agreementId);
        if (state.status === "none") throw notFound("agreement_not_found", `No agreement ${agreementId}.`);
        await access.check(principal, "ReadAgreement", agreementScope(agreementId, state));
        res.setHeader("ETag", etagOf(revision)).json(agreementView(state));
      },
    }),
    route({
      method: "post",
      path: "/agreements/:agreementId/signature",
      tag,
      summary: "Sign a drafted agreement",
      auth: "session",
      params: AgreementParams,
      body: SignAgreementInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Signed" },
      async handle({ body, envelope, res }) {
        const result = await agreements.signAgreement(body, envelope);
        sendCommandResult(res, result, { agreementId: body.agreementId });
      },
    }),
    route({
      method: "post",
      path: "/agreements/:agreementId/contributions",
      tag,
      summary: "Log a contribution (贡献记录) against one of the agreement's commitments",
      auth: "session",
      params: AgreementParams,
      // Parsed in the handler: a retry without a contributionId must get the same one as the first try.
      body: LogContributionInput.omit({ contributionId: true }).extend({ contributionId: Id.optional() }),
      bodyIncludesParams: true,
      success: { status: 201, description: "Logged" },
      async handle({ params: { agreementId }, req, envelope, res }) {
        const contributionId = entityIdFor(`contribution:${agreementId}`, envelope.idempotencyKey);
        const data = parseInput(LogContributionInput, {
          contributionId,
          ...bodyWith(req.body, { agreementId }),
        });
        const result = await agreements.logContribution(data, envelope);
        sendCommandResult(
          res,
          result,
          { agreementId, contributionId: data.contributionId },
          // A contribution is read as part of its agreement.
          { created: `/api/agreements/${agreementId}` },
        );
      },
    }),
    ...agreementChangeRoutes(agreements, access),
  ];
}
