import type { DonationReceived, MeetingEvent } from "@cobuild/domain";
import type { CatalogueBoard } from "../catalogue/projection.ts";
import type { CommunityBoard } from "../community/board.ts";
import type { BoardProjection, ProjectionContext } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import type { SupermarketBoard } from "../supermarket/board.ts";
import { agreementOps } from "./agreements.ts";
import {
  type LedgerAttendance,
  type LedgerDecision,
  type LedgerDonation,
  UNIT_LEDGER,
  type UnitLedger,
} from "./board.ts";
import { type UnitLedgerEvent, unitLedgerEventOf, unitsOf } from "./events.ts";

const empty = (unitId: string): UnitLedger => ({
  unitId,
  communityId: "",
  name: "",
  kind: "other",
  partyOrganisation: "",
  inServiceMembers: 0,
  agreements: {},
  contributions: {},
  donations: {},
  attendance: {},
  decisions: {},
  evaluations: {},
});

const catalogueOf = (context: ProjectionContext, communityId: string) =>
  context.board<CatalogueBoard>(`catalogue:${communityId}`);

/** Goods named as the supermarket lists them (its own catalogue carries the unit of measure). */
const donationOf = ({ data }: DonationReceived, context: ProjectionContext): LedgerDonation => {
  const items = context.board<SupermarketBoard>(`supermarket:${data.communityId}`)?.items ?? {};
  const labels = catalogueOf(context, data.communityId)?.items ?? {};
  const lines = data.lines.map(({ itemId, quantity }) => {
    const item = own(items, itemId);
    return {
      itemId,
      name: item?.name ?? own(labels, itemId) ?? itemId,
      unitOfMeasure: item?.unitOfMeasure ?? "",
      quantity,
    };
  });
  const { donationId, receiptNo, receivedOn, money, note } = data;
  return { donationId, receiptNo, receivedOn, lines, money: money ?? null, note };
};

/**
 * Meetings are titled and dated on the community's live board (projected before this one); the
 * catalogue knows the title alone. A meeting neither knows is a stray reference.
 */
const attendanceOps = (
  { data }: Extract<MeetingEvent, { type: "AttendanceRecorded" }>,
  context: ProjectionContext,
): BoardOp[] => {
  const meeting = own(
    context.board<CommunityBoard>(`community:${data.communityId}`)?.meetings ?? {},
    data.meetingId,
  );
  const title = meeting?.title ?? own(catalogueOf(context, data.communityId)?.meetings ?? {}, data.meetingId);
  if (title === undefined) return [];
  const value: LedgerAttendance = {
    meetingId: data.meetingId,
    title,
    date: meeting?.date ?? "",
    attendance: data.attendance,
    attendeeName: data.attendeeName ?? null,
  };
  // The last record counts: a correction replaces the earlier one.
  return [{ op: "set", path: ["attendance", data.meetingId], value }];
};

const opsFor = (
  ledger: UnitLedger,
  event: UnitLedgerEvent,
  occurredAt: string,
  context: ProjectionContext,
): BoardOp[] => {
  if (event.type === "UnitRegistered") {
    const { unitId, communityId, name, kind, partyOrganisation, inServiceMembers } = event.data;
    const identity = { unitId, communityId, name, kind, partyOrganisation, inServiceMembers };
    return Object.entries(identity).map(([field, value]): BoardOp => ({ op: "set", path: [field], value }));
  }
  // Anything about a unit this ledger never saw registered is a stray reference.
  if (ledger.communityId === "") return [];
  switch (event.type) {
    case "AttendanceRecorded":
      return attendanceOps(event, context);
    case "DecisionRecorded": {
      const { decisionId, meetingId, text, deadline } = event.data;
      const decision: LedgerDecision = { decisionId, meetingId, text, deadline, doneOn: null };
      return [{ op: "set", path: ["decisions", decisionId], value: decision }];
    }
    case "DecisionDone":
      if (!own(ledger.decisions, event.data.decisionId)) return [];
      return [{ op: "set", path: ["decisions", event.data.decisionId, "doneOn"], value: event.data.doneOn }];
    case "DonationReceived":
      return [{ op: "set", path: ["donations", event.data.donationId], value: donationOf(event, context) }];
    case "EvaluationConcluded": {
      const { year, scores, total, result, concludedOn } = event.data;
      return [
        {
          op: "set",
          path: ["evaluations", String(year)],
          value: { year, scores, total, result, concludedOn },
        },
      ];
    }
    case "AgreementDrafted":
    case "AgreementAmended":
    case "AgreementSigned":
    case "AgreementTerminated":
    case "AgreementExpired":
    case "ContributionLogged":
    case "ContributionVerified":
    case "ContributionDisputed":
    case "ContributionCorrected":
    case "CommitmentFulfilled":
    case "CommitmentReopened":
      return agreementOps(ledger, event, occurredAt);
    default:
      return [];
  }
};

/**
 * A resident unit's ledger, `unit:<unitId>`. It must come after the community board in allProjections
 * (attendance reads the meeting's title and date there, and a correction on the community board reads
 * the uncorrected contribution here). Donations name their goods as the supermarket board lists them.
 */
export const unitLedgerProjection: BoardProjection<UnitLedger> = {
  kind: UNIT_LEDGER,
  keysFor: (event) => {
    const parsed = unitLedgerEventOf(event);
    return parsed ? unitsOf(parsed) : [];
  },
  initial: empty,
  project: (ledger, event, context) => {
    const parsed = unitLedgerEventOf(event);
    return parsed ? opsFor(ledger, parsed, event.occurredAt, context) : [];
  },
};
