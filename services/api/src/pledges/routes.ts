import {
  existingPledge,
  Id,
  MakePledgeInput,
  RecordFulfilmentInput,
  RejectFulfilmentInput,
  StrikeOffPledgeInput,
  WithdrawPledgeInput,
} from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { etagOf, sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, changeRoute, route } from "../http/route.ts";
import { type PledgesService, pledgeScope } from "./service.ts";

const CommunityParams = z.object({ communityId: Id });
const PledgeParams = z.object({ pledgeId: Id });
const FulfilmentParams = z.object({ pledgeId: Id, fulfilmentId: Id });

const pledgePath = (pledgeId: string) => `/api/pledges/${pledgeId}`;

/** 承诺 · 践诺 · 销号 over HTTP: make a pledge, record its fulfilment, verify and strike it off. */
export function pledgeRoutes(pledges: PledgesService, access: AccessControl): ApiRoute[] {
  const tag = "Pledges";
  return [
    route({
      method: "post",
      path: "/communities/:communityId/pledges",
      tag,
      summary:
        "Make a pledge (承诺) by the two committees, a party member of the community or a street cadre: content, category, to whom, due date",
      auth: "session",
      params: CommunityParams,
      body: MakePledgeInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Made; Location is the pledge" },
      async handle({ body, envelope, res }) {
        const result = await pledges.makePledge(body, envelope);
        sendCommandResult(res, result, { pledgeId: body.pledgeId }, { created: pledgePath(body.pledgeId) });
      },
    }),
    route({
      method: "post",
      path: "/pledges/:pledgeId/fulfilments",
      tag,
      summary: "Record what was done to keep a pledge (践诺), with evidence, for staff to verify",
      auth: "session",
      params: PledgeParams,
      body: RecordFulfilmentInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Recorded; Location is the pledge, which shows it" },
      async handle({ body, envelope, res }) {
        const result = await pledges.recordFulfilment(body, envelope);
        sendCommandResult(
          res,
          result,
          { pledgeId: body.pledgeId, fulfilmentId: body.fulfilmentId },
          { created: pledgePath(body.pledgeId) },
        );
      },
    }),
    changeRoute({
      path: "/pledges/:pledgeId/fulfilments/:fulfilmentId/rejection",
      tag,
      summary: "Reject a recorded fulfilment with the reason; the pledge stays open for another",
      params: FulfilmentParams,
      body: RejectFulfilmentInput,
      run: pledges.rejectFulfilment,
    }),
    changeRoute({
      path: "/pledges/:pledgeId/strike-off",
      tag,
      summary: "Verify the recorded fulfilment and strike the pledge off (销号)",
      params: PledgeParams,
      body: StrikeOffPledgeInput,
      run: pledges.strikeOff,
    }),
    changeRoute({
      path: "/pledges/:pledgeId/withdrawal",
      tag,
      summary: "Withdraw a pledge that will not be kept, with the reason",
      params: PledgeParams,
      body: WithdrawPledgeInput,
      run: pledges.withdraw,
    }),
    route({
      method: "get",
      path: "/pledges/:pledgeId",
      tag,
      summary: "A pledge: who made it to whom, what and by when, its fulfilments and where it stands",
      auth: "session",
      params: PledgeParams,
      success: { status: 200, description: "The pledge" },
      async handle({ params: { pledgeId }, principal, res }) {
        const { state, revision } = await pledges.pledge(pledgeId);
        const existing = existingPledge(state, pledgeId);
        await access.check(principal, "ReadPledges", pledgeScope(existing, pledgeId));
        const { fulfilments, closedOn, withdrawReason, ...pledge } = existing;
        res.setHeader("ETag", etagOf(revision)).json({
          ...pledge,
          closedOn: closedOn ?? null,
          withdrawReason: withdrawReason ?? null,
          fulfilments: [...fulfilments].map(([fulfilmentId, { reason, ...fulfilment }]) => ({
            fulfilmentId,
            ...fulfilment,
            reason: reason ?? null,
          })),
        });
      },
    }),
  ];
}
