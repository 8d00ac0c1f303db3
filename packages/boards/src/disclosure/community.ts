import type { BoardAgreement, CommunityBoard } from "../community/board.ts";
import type { PledgesBoard } from "../pledges/board.ts";
import { own } from "../protocol/ops.ts";
import { PUBLIC_LIST_LIMIT, publicRate } from "./limits.ts";

const publicAgreementStatuses = new Set<BoardAgreement["status"]>(["signed", "expired", "terminated"]);
const publicAgreements = (board: CommunityBoard) =>
  Object.values(board.agreements).filter((a) => publicAgreementStatuses.has(a.status));

/** The community's name and street, and this year's counts: the top of every public page. */
export function communitySummary(community: CommunityBoard, pledges: PledgesBoard | undefined, year: string) {
  const commitments = publicAgreements(community).flatMap((a) => Object.values(a.commitments));
  const decisions = Object.values(community.decisions);
  const pledgeYear = pledges ? own(pledges.years, year) : undefined;
  return {
    communityId: community.communityId,
    name: community.name,
    street: community.street,
    year,
    units: Object.keys(community.units).length,
    agreements: publicAgreements(community).filter((a) => a.status === "signed").length,
    commitments: {
      total: commitments.length,
      fulfilled: commitments.filter((c) => c.fulfilledOn !== null).length,
    },
    decisions: { total: decisions.length, open: decisions.filter((d) => d.doneOn === null).length },
    pledges: publicRate(pledgeYear?.total ?? { made: 0, struckOff: 0 }),
  };
}

/** Each unit's agreement (drafts stay private) with every commitment's target, progress and strike-off. */
export function publicAgreementList(community: CommunityBoard) {
  return publicAgreements(community)
    .sort((a, b) => b.termStart.localeCompare(a.termStart) || a.agreementId.localeCompare(b.agreementId))
    .slice(0, PUBLIC_LIST_LIMIT)
    .map((a) => ({
      agreementId: a.agreementId,
      unitName: own(community.units, a.unitId)?.name ?? "",
      title: a.title,
      status: a.status,
      termStart: a.termStart,
      termEnd: a.termEnd,
      signedOn: a.signedOn,
      commitments: Object.values(a.commitments)
        .sort((x, y) => x.dueDate.localeCompare(y.dueDate))
        .map((c) => ({
          commitmentId: c.commitmentId,
          category: c.category,
          description: c.description,
          target: c.targetQuantity,
          unitOfMeasure: c.unitOfMeasure,
          dueDate: c.dueDate,
          logged: c.logged,
          verified: c.verified,
          fulfilledOn: c.fulfilledOn,
        })),
    }));
}

/** Joint-meeting decisions with the meeting, the units assigned, the deadline and whether done. */
export function publicDecisionList(community: CommunityBoard) {
  return Object.values(community.decisions)
    .sort((a, b) => b.deadline.localeCompare(a.deadline) || a.decisionId.localeCompare(b.decisionId))
    .slice(0, PUBLIC_LIST_LIMIT)
    .map((d) => {
      const meeting = own(community.meetings, d.meetingId);
      return {
        decisionId: d.decisionId,
        text: d.text,
        meetingTitle: meeting?.title ?? "",
        meetingDate: meeting?.date ?? "",
        unitNames: d.assignedUnitIds.map((id) => own(community.units, id)?.name ?? ""),
        deadline: d.deadline,
        doneOn: d.doneOn,
      };
    });
}

export type PublicSummary = ReturnType<typeof communitySummary>;
export type PublicAgreement = ReturnType<typeof publicAgreementList>[number];
export type PublicDecision = ReturnType<typeof publicDecisionList>[number];
