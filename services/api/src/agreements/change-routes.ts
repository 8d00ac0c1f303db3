import {
  AmendAgreementInput,
  CorrectContributionInput,
  DisputeContributionInput,
  ExpireAgreementInput,
  Id,
  TerminateAgreementInput,
  VerifyContributionInput,
} from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import type { CommandEnvelope, CommandResult } from "../commands/run-command.ts";
import { type ApiRoute, changeRoute, route } from "../http/route.ts";
import { type AgreementService, agreementScope } from "./commands.ts";
import { agreementView } from "./view.ts";

const AgreementParams = z.object({ agreementId: Id });
const ContributionParams = z.object({ agreementId: Id, contributionId: Id });
const CommunityParams = z.object({ communityId: Id });

/** What happens to an agreement after it is drafted: amendments, verification, correction, its end. */
export function agreementChangeRoutes(agreements: AgreementService, access: AccessControl): ApiRoute[] {
  const tag = "Agreements";
  const change = <Schema extends z.ZodType>(
    path: string,
    summary: string,
    body: Schema,
    params: typeof AgreementParams | typeof ContributionParams,
    run: (data: z.output<Schema>, envelope: CommandEnvelope) => Promise<CommandResult<unknown>>,
  ) => changeRoute({ path, tag, summary, params, body, run });

  return [
    change(
      "/agreements/:agreementId/amendment",
      "Amend a draft agreement: its title, term and commitments as a whole",
      AmendAgreementInput,
      AgreementParams,
      agreements.amendAgreement,
    ),
    change(
      "/agreements/:agreementId/termination",
      "Terminate a signed agreement early, with the reason",
      TerminateAgreementInput,
      AgreementParams,
      agreements.terminateAgreement,
    ),
    change(
      "/agreements/:agreementId/expiry",
      "Record that a signed agreement's term is over",
      ExpireAgreementInput,
      AgreementParams,
      agreements.expireAgreement,
    ),
    change(
      "/agreements/:agreementId/contributions/:contributionId/verification",
      "Verify a contribution (核实); a commitment is struck off when its verified total reaches the target",
      VerifyContributionInput,
      ContributionParams,
      agreements.verifyContribution,
    ),
    change(
      "/agreements/:agreementId/contributions/:contributionId/dispute",
      "Dispute a contribution, saying why; it must then be corrected",
      DisputeContributionInput,
      ContributionParams,
      agreements.disputeContribution,
    ),
    change(
      "/agreements/:agreementId/contributions/:contributionId/correction",
      "Correct a contribution with a reason (a new event, never an edit); it then awaits verification again",
      CorrectContributionInput,
      ContributionParams,
      agreements.correctContribution,
    ),
    route({
      method: "get",
      path: "/communities/:communityId/agreements",
      tag,
      summary: "A community's agreements that the reader may see (a liaison sees only their unit's)",
      auth: "session",
      params: CommunityParams,
      success: { status: 200, description: "The agreements" },
      async handle({ params: { communityId }, principal, res }) {
        const ids = Object.keys(await agreements.catalogue(communityId)).sort();
        const visible = [];
        for (const agreementId of ids) {
          const { state } = await agreements.agreement(agreementId);
          if (state.status === "none") continue;
          if (await access.allows(principal, "ReadAgreement", agreementScope(agreementId, state))) {
            visible.push(agreementView(state));
          }
        }
        res.json({ communityId, agreements: visible });
      },
    }),
  ];
}
