import { AgreementEvent, addQuantities, CommunityEvent, UnitEvent } from "@cobuild/domain";
import { z } from "zod";
import type { BoardProjection, ProjectedEvent } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { COMMUNITY_BOARD, type CommunityBoard, RECENT_CONTRIBUTIONS } from "./board.ts";

const Relevant = z.discriminatedUnion("type", [
  ...CommunityEvent.options,
  ...UnitEvent.options,
  ...AgreementEvent.options,
]);
type Relevant = z.infer<typeof Relevant>;

/** keysFor and project both ask about the same event object; parse it once. */
const parsedEvents = new WeakMap<ProjectedEvent, Relevant | null>();

/** Reads a stored event as one this board understands, or nothing (other contexts' events). */
const relevant = (event: ProjectedEvent): Relevant | undefined => {
  let parsed = parsedEvents.get(event);
  if (parsed === undefined) {
    const result = Relevant.safeParse({ type: event.type, data: event.data });
    parsed = result.success ? result.data : null;
    parsedEvents.set(event, parsed);
  }
  return parsed ?? undefined;
};

const empty = (communityId: string): CommunityBoard => ({
  communityId,
  name: "",
  street: "",
  units: {},
  agreements: {},
  recentContributions: [],
  totals: { contributions: 0, participants: 0 },
});

const opsFor = (board: CommunityBoard, event: Relevant, occurredAt: string): BoardOp[] => {
  switch (event.type) {
    case "CommunityRegistered":
      return [
        { op: "set", path: ["name"], value: event.data.name },
        { op: "set", path: ["street"], value: event.data.street },
      ];
    case "UnitRegistered": {
      const { unitId, name, kind, inServiceMembers } = event.data;
      return [{ op: "set", path: ["units", unitId], value: { unitId, name, kind, inServiceMembers } }];
    }
    case "AgreementDrafted": {
      const { agreementId, unitId, title, termStart, termEnd } = event.data;
      const commitments = Object.fromEntries(
        event.data.commitments.map((c) => [c.commitmentId, { ...c, logged: 0 }]),
      );
      const agreement = {
        agreementId,
        unitId,
        title,
        status: "draft",
        termStart,
        termEnd,
        signedOn: null,
        commitments,
      };
      return [{ op: "set", path: ["agreements", agreementId], value: agreement }];
    }
    case "AgreementSigned":
      return [
        { op: "set", path: ["agreements", event.data.agreementId, "status"], value: "signed" },
        { op: "set", path: ["agreements", event.data.agreementId, "signedOn"], value: event.data.signedOn },
      ];
    case "ContributionLogged": {
      const d = event.data;
      const agreement = own(board.agreements, d.agreementId);
      const commitment = agreement ? own(agreement.commitments, d.commitmentId) : undefined;
      if (!commitment) return [];
      return [
        {
          op: "set",
          path: ["agreements", d.agreementId, "commitments", d.commitmentId, "logged"],
          value: addQuantities(commitment.logged, d.quantity),
        },
        {
          op: "unshift",
          path: ["recentContributions"],
          max: RECENT_CONTRIBUTIONS,
          value: {
            contributionId: d.contributionId,
            agreementId: d.agreementId,
            unitId: d.unitId,
            unitName: own(board.units, d.unitId)?.name ?? d.unitId,
            commitmentId: d.commitmentId,
            description: commitment.description,
            quantity: d.quantity,
            unitOfMeasure: commitment.unitOfMeasure,
            date: d.date,
            participants: d.participants,
            note: d.note,
            loggedAt: occurredAt,
          },
        },
        {
          op: "set",
          path: ["totals"],
          value: {
            contributions: board.totals.contributions + 1,
            participants: board.totals.participants + d.participants,
          },
        },
      ];
    }
    default:
      // Later facts (verification, amendments, termination) reach this board in its next revision.
      return [];
  }
};

/** Every registry and agreement event of a community lands on that community's board. */
export const communityBoardProjection: BoardProjection<CommunityBoard> = {
  kind: COMMUNITY_BOARD,
  keysFor: (event) => {
    const parsed = relevant(event);
    return parsed ? [parsed.data.communityId] : [];
  },
  initial: empty,
  project: (board, event) => {
    const parsed = relevant(event);
    return parsed ? opsFor(board, parsed, event.occurredAt) : [];
  },
};
