import type { MemberClaim, MemberRecord, MemberTeam } from "@cobuild/boards";
import { addQuantities } from "@cobuild/domain";
import { hoursInMonths, lastMonths, type MonthHours } from "../months.ts";

/**
 * Approved hours for the `count` months ending at `endMonth`, or at the latest month with hours if that
 * is later (hours dated ahead of this device's clock still show), months without hours as zero bars.
 */
export function hoursSeries(byMonth: Record<string, number>, endMonth: string, count: number): MonthHours[] {
  const latest = [endMonth, ...Object.keys(byMonth)].sort().at(-1) ?? endMonth;
  return hoursInMonths(byMonth, lastMonths(latest, count));
}

/** The exact total of a series (hours carry two decimals) and its busiest month, if any hours at all. */
export function seriesSummary(series: readonly MonthHours[]): { total: number; busiest?: MonthHours } {
  let total = 0;
  let busiest: MonthHours | undefined;
  for (const point of series) {
    total = addQuantities(total, point.hours);
    if (point.hours > 0 && (!busiest || point.hours > busiest.hours)) busiest = point;
  }
  return busiest ? { total, busiest } : { total };
}

/** Teams the person is in now first (led ones leading), then teams left, most recently left first. */
export const teamsCurrentFirst = (record: MemberRecord): MemberTeam[] =>
  Object.values(record.teams).sort((a, b) => {
    if ((a.leftOn === null) !== (b.leftOn === null)) return a.leftOn === null ? -1 : 1;
    if (a.leader !== b.leader) return a.leader ? -1 : 1;
    return (b.leftOn ?? b.joinedOn).localeCompare(a.leftOn ?? a.joinedOn);
  });

/** Places held now first, newest claim first within each group. */
export const claimsCurrentFirst = (record: MemberRecord): MemberClaim[] =>
  Object.values(record.claims).sort((a, b) => {
    if ((a.releasedOn === null) !== (b.releasedOn === null)) return a.releasedOn === null ? -1 : 1;
    return b.claimedOn.localeCompare(a.claimedOn);
  });
