import type {
  BoardAgreement,
  BoardCommitment,
  LedgerAttendance,
  LedgerContribution,
  LedgerDecision,
  LedgerDonation,
  LedgerEvaluation,
  UnitLedger,
} from "@cobuild/boards";
import { currentAgreement } from "../boards/agreements.ts";

/** The agreement the unit works under on `today` (see currentAgreement), if any. */
export const runningAgreement = (ledger: UnitLedger, today: string): BoardAgreement | undefined =>
  currentAgreement(Object.values(ledger.agreements), ledger.unitId, today);

/** Newest work first: by the day it was done, then by when it was logged. */
export const contributionsNewestFirst = (ledger: UnitLedger): LedgerContribution[] =>
  Object.values(ledger.contributions).sort(
    (a, b) => b.date.localeCompare(a.date) || b.loggedAt.localeCompare(a.loggedAt),
  );

/** Donations still waiting for the keeper first, then the newest receipt first. */
export const donationsNewestFirst = (ledger: UnitLedger): LedgerDonation[] =>
  Object.values(ledger.donations).sort(
    (a, b) =>
      Number(b.status === "pending") - Number(a.status === "pending") ||
      b.receivedOn.localeCompare(a.receivedOn) ||
      (b.receiptNo ?? "").localeCompare(a.receiptNo ?? ""),
  );

/** Latest meeting first. */
export const attendanceNewestFirst = (ledger: UnitLedger): LedgerAttendance[] =>
  Object.values(ledger.attendance).sort((a, b) => b.date.localeCompare(a.date));

/** Latest year first. */
export const evaluationsNewestFirst = (ledger: UnitLedger): LedgerEvaluation[] =>
  Object.values(ledger.evaluations).sort((a, b) => b.year - a.year);

/** A decision not done by its deadline is late from the day after the deadline. */
export const isLate = (decision: LedgerDecision, today: string): boolean =>
  decision.doneOn === null && decision.deadline < today;

/** Open decisions first, soonest deadline first (late ones lead); done ones after, latest done first. */
export const decisionsToDo = (ledger: UnitLedger): LedgerDecision[] =>
  Object.values(ledger.decisions).sort((a, b) => {
    if ((a.doneOn === null) !== (b.doneOn === null)) return a.doneOn === null ? -1 : 1;
    if (a.doneOn !== null && b.doneOn !== null) return b.doneOn.localeCompare(a.doneOn);
    return a.deadline.localeCompare(b.deadline);
  });

/** How often the unit came in person, sent a deputy or stayed away. */
export const attendanceCounts = (ledger: UnitLedger): Record<LedgerAttendance["attendance"], number> => {
  const counts = { principal: 0, deputy: 0, absent: 0 };
  for (const record of Object.values(ledger.attendance)) counts[record.attendance] += 1;
  return counts;
};

/** Verified share of the target, 0..1: what striking off (销号) counts. */
export const verifiedShare = (commitment: BoardCommitment): number =>
  commitment.targetQuantity > 0 ? Math.min(1, commitment.verified / commitment.targetQuantity) : 0;

/** Commitments in the order the agreement lists them, still-open ones first so the form offers them first. */
export const commitmentsOpenFirst = (agreement: BoardAgreement): BoardCommitment[] => {
  const all = Object.values(agreement.commitments);
  return [...all.filter((c) => c.fulfilledOn === null), ...all.filter((c) => c.fulfilledOn !== null)];
};

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * A number as typed on a phone: blank is "not given" (undefined); full-width digits and the ideographic
 * full stop of a Chinese keyboard count as their ASCII forms; anything else unreadable is NaN, which the
 * command's schema then refuses in the user's language.
 */
export function parseAmount(text: string): number | undefined {
  const normalised = text
    .trim()
    .replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[。．]/g, ".");
  if (normalised === "") return undefined;
  return /^-?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
}
