import type { TeamBoard, UnitLedger } from "@cobuild/boards";
import type { CommitmentCategory } from "@cobuild/domain";

/** A contribution waiting for the community to verify it (待核实), with what it counts toward. */
export interface PendingContribution {
  unitId: string;
  unitName: string;
  agreementId: string;
  contributionId: string;
  commitmentId: string;
  /** The commitment's description; empty when the ledger does not hold the agreement (yet). */
  commitment: string;
  category: CommitmentCategory | null;
  unitOfMeasure: string;
  quantity: number;
  date: string;
  participants: number;
  note: string;
  loggedAt: string;
  /** How many times it was corrected, and why the last time: a corrected entry is re-verified. */
  corrections: number;
  reason: string | null;
}

/** Service hours a team leader logged, waiting for staff to approve them. */
export interface PendingHours {
  teamId: string;
  teamName: string;
  entryId: string;
  personId: string;
  personName: string;
  date: string;
  hours: number;
  activity: string;
}

/**
 * Every pending contribution of the given unit ledgers, oldest first (by the day the work was done,
 * then by when it was logged), so what has waited longest is checked first.
 */
export function pendingContributions(ledgers: readonly UnitLedger[]): PendingContribution[] {
  const out: PendingContribution[] = [];
  for (const ledger of ledgers) {
    for (const c of Object.values(ledger.contributions)) {
      if (c.verification !== "pending") continue;
      const commitment = ledger.agreements[c.agreementId]?.commitments[c.commitmentId];
      out.push({
        unitId: ledger.unitId,
        unitName: ledger.name,
        agreementId: c.agreementId,
        contributionId: c.contributionId,
        commitmentId: c.commitmentId,
        commitment: commitment?.description ?? "",
        category: commitment?.category ?? null,
        unitOfMeasure: commitment?.unitOfMeasure ?? "",
        quantity: c.quantity,
        date: c.date,
        participants: c.participants,
        note: c.note,
        loggedAt: c.loggedAt,
        corrections: c.corrections,
        reason: c.reason,
      });
    }
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.loggedAt.localeCompare(b.loggedAt) ||
      a.agreementId.localeCompare(b.agreementId) ||
      a.contributionId.localeCompare(b.contributionId),
  );
}

/** Every pending entry of the given team boards, oldest first. */
export function pendingHours(teams: readonly TeamBoard[]): PendingHours[] {
  const out: PendingHours[] = [];
  for (const team of teams) {
    for (const entry of Object.values(team.pending)) {
      out.push({ teamId: team.teamId, teamName: team.name, ...entry });
    }
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.teamName.localeCompare(b.teamName) ||
      a.entryId.localeCompare(b.entryId),
  );
}

/** How many contributions of the given ledgers were disputed and await the unit's correction. */
export const disputedCount = (ledgers: readonly UnitLedger[]): number =>
  ledgers.reduce(
    (n, ledger) =>
      n + Object.values(ledger.contributions).filter((c) => c.verification === "disputed").length,
    0,
  );
