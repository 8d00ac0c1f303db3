import type { DonationAnnounced, DonationReceived, GoodsLine, MeetingEvent } from "@cobuild/domain";
import type { BoardProjection, ProjectionMemory } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { agreementOps } from "./agreements.ts";
import {
  type LedgerAttendance,
  type LedgerDecision,
  type LedgerDonation,
  UNIT_LEDGER,
  type UnitLedger,
} from "./board.ts";
import { type UnitLedgerEvent, unitLedgerEventTypes, unitsOf } from "./events.ts";

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

/**
 * What the ledger projection keeps for itself from the community's other streams: supermarket items
 * (to name donated goods) and meetings (to title and date attendance). Never served.
 */
export interface UnitMemory {
  items: Record<string, { name: string; unitOfMeasure: string }>;
  meetings: Record<string, { title: string; date: string }>;
}

const unitMemory: ProjectionMemory<UnitMemory, UnitLedgerEvent> = {
  kind: "unit-memory",
  keyFor: (event) => event.data.communityId,
  initial: () => ({ items: {}, meetings: {} }),
  remember: (memory, event) => {
    switch (event.type) {
      case "ItemAdded": {
        const { itemId, name, unitOfMeasure } = event.data;
        return [{ op: "set", path: ["items", itemId], value: { name, unitOfMeasure } }];
      }
      case "MeetingScheduled": {
        const { meetingId, title, date } = event.data;
        return [{ op: "set", path: ["meetings", meetingId], value: { title, date } }];
      }
      case "MeetingRescheduled":
        return own(memory.meetings, event.data.meetingId)
          ? [{ op: "set", path: ["meetings", event.data.meetingId, "date"], value: event.data.date }]
          : [];
      default:
        return [];
    }
  },
};

/** Goods named as the supermarket lists them (its catalogue carries the unit of measure). */
const namedLines = (lines: readonly GoodsLine[], memory: UnitMemory | undefined): LedgerDonation["lines"] =>
  lines.map(({ itemId, quantity }) => {
    const item = memory ? own(memory.items, itemId) : undefined;
    return { itemId, name: item?.name ?? itemId, unitOfMeasure: item?.unitOfMeasure ?? "", quantity };
  });

/** A received donation; one the unit announced is replaced by it, receipt number and all. */
const donationOf = ({ data }: DonationReceived, memory: UnitMemory | undefined): LedgerDonation => {
  const { donationId, receiptNo, receivedOn, money, note } = data;
  const lines = namedLines(data.lines, memory);
  return {
    donationId,
    receiptNo,
    receivedOn,
    status: "received",
    reason: null,
    lines,
    money: money ?? null,
    note,
  };
};

/** A donation the unit's liaison announced, waiting for the keeper. */
const announcedOf = ({ data }: DonationAnnounced, memory: UnitMemory | undefined): LedgerDonation => {
  const { donationId, givenOn, money, note } = data;
  const lines = namedLines(data.lines, memory);
  return {
    donationId,
    receiptNo: null,
    receivedOn: givenOn,
    status: "pending",
    reason: null,
    lines,
    money: money ?? null,
    note,
  };
};

/** A donation of the ledger that ended declined or voided, with why; one it never saw is a stray reference. */
const endedOps = (
  ledger: UnitLedger,
  donationId: string,
  status: "declined" | "voided",
  reason: string,
): BoardOp[] =>
  own(ledger.donations, donationId)
    ? [
        { op: "set", path: ["donations", donationId, "status"], value: status },
        { op: "set", path: ["donations", donationId, "reason"], value: reason },
      ]
    : [];

/** Attendance at a meeting the projection saw scheduled; any other is a stray reference. */
const attendanceOps = (
  { data }: Extract<MeetingEvent, { type: "AttendanceRecorded" }>,
  memory: UnitMemory | undefined,
): BoardOp[] => {
  const meeting = memory ? own(memory.meetings, data.meetingId) : undefined;
  if (!meeting) return [];
  const value: LedgerAttendance = {
    meetingId: data.meetingId,
    title: meeting.title,
    date: meeting.date,
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
  memory: UnitMemory | undefined,
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
      return attendanceOps(event, memory);
    case "DecisionRecorded": {
      const { decisionId, meetingId, text, deadline } = event.data;
      const decision: LedgerDecision = { decisionId, meetingId, text, deadline, doneOn: null };
      return [{ op: "set", path: ["decisions", decisionId], value: decision }];
    }
    case "DecisionDone":
      if (!own(ledger.decisions, event.data.decisionId)) return [];
      return [{ op: "set", path: ["decisions", event.data.decisionId, "doneOn"], value: event.data.doneOn }];
    case "DonationReceived":
      return [{ op: "set", path: ["donations", event.data.donationId], value: donationOf(event, memory) }];
    case "DonationAnnounced":
      return [{ op: "set", path: ["donations", event.data.donationId], value: announcedOf(event, memory) }];
    case "DonationDeclined":
      return endedOps(ledger, event.data.donationId, "declined", event.data.reason);
    case "ReceiptVoided":
      return endedOps(ledger, event.data.donationId, "voided", event.data.reason);
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
 * A resident unit's ledger, `unit:<unitId>`. Donations name their goods, and attendance its meeting, from
 * the projection's own memory of the community's items and meetings.
 */
export const unitLedgerProjection: BoardProjection<UnitLedger, UnitLedgerEvent, UnitMemory> = {
  kind: UNIT_LEDGER,
  handles: unitLedgerEventTypes,
  memory: unitMemory,
  keysFor: (event) => unitsOf(event),
  initial: empty,
  project: (ledger, event, memory) => opsFor(ledger, event, event.occurredAt, memory),
};
