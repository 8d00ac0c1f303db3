import type {
  ContributionVerification,
  EvaluationGrade,
  EvaluationScores,
  MeetingAttendanceKind,
  UnitKind,
} from "@cobuild/domain";
import type { BoardAgreement } from "../community/board.ts";

/**
 * A resident unit's ledger (单位履约台账), `unit:<unitId>`: its agreements with progress per commitment,
 * every contribution with where it stands with the community, its donations to the love supermarket,
 * its attendance at joint meetings, the decisions assigned to it, and its yearly evaluations.
 */
export interface UnitLedger {
  unitId: string;
  communityId: string;
  name: string;
  kind: UnitKind;
  partyOrganisation: string;
  inServiceMembers: number;
  agreements: Record<string, BoardAgreement>;
  /** Keyed by `ledgerKey`: a contribution id is unique only within its agreement. */
  contributions: Record<string, LedgerContribution>;
  donations: Record<string, LedgerDonation>;
  attendance: Record<string, LedgerAttendance>;
  decisions: Record<string, LedgerDecision>;
  /** By year ("2025"). */
  evaluations: Record<string, LedgerEvaluation>;
}

export interface LedgerContribution {
  contributionId: string;
  agreementId: string;
  commitmentId: string;
  quantity: number;
  date: string;
  participants: number;
  note: string;
  loggedAt: string;
  verification: ContributionVerification;
  /** The reason given by the last dispute or correction, if any. */
  reason: string | null;
  /** How many times it was corrected. */
  corrections: number;
}

/** Where a unit's donation stands: waiting for the keeper, received, not received, or its receipt voided. */
export type LedgerDonationStatus = "pending" | "received" | "declined" | "voided";

export interface LedgerDonation {
  donationId: string;
  /** Null until the keeper confirms receipt (and for good when declined). */
  receiptNo: string | null;
  /** The day on the receipt; while pending or once declined, the day the unit said it gave. */
  receivedOn: string;
  status: LedgerDonationStatus;
  /** Why it was declined or its receipt voided. */
  reason: string | null;
  lines: { itemId: string; name: string; unitOfMeasure: string; quantity: number }[];
  money: number | null;
  note: string;
}

export interface LedgerAttendance {
  meetingId: string;
  title: string;
  date: string;
  attendance: MeetingAttendanceKind;
  attendeeName: string | null;
}

export interface LedgerDecision {
  decisionId: string;
  meetingId: string;
  text: string;
  deadline: string;
  doneOn: string | null;
}

export interface LedgerEvaluation {
  year: number;
  scores: EvaluationScores;
  total: number;
  result: EvaluationGrade;
  concludedOn: string;
}

export const UNIT_LEDGER = "unit";

/** Names one contribution of a unit: its agreement and its id there. */
export interface ContributionRef {
  agreementId: string;
  contributionId: string;
}

/** The key of a contribution in a ledger's `contributions`. */
export const ledgerKey = ({ agreementId, contributionId }: ContributionRef): string =>
  `${agreementId}/${contributionId}`;
