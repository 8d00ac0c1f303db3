import { agreementFulfilment, type CommunityBoard, lowStock, type SupermarketBoard } from "@cobuild/boards";
import { addQuantities } from "@cobuild/domain";
import { currentAgreement } from "../boards/agreements.ts";

/** Each unit's verified fulfilment under the signed agreement it works under today, best first. */
export function progressByUnit(community: CommunityBoard, today: string) {
  const agreements = Object.values(community.agreements);
  return Object.values(community.units)
    .flatMap((unit) => {
      const agreement = currentAgreement(agreements, unit.unitId, today);
      if (agreement?.status !== "signed") return [];
      return [{ unitId: unit.unitId, name: unit.name, rate: agreementFulfilment(agreement).progress }];
    })
    .sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name, "zh-CN"));
}

/** Every unit's whole record of contributions (the board counts them all), most first; idle units left out. */
export function contributionsByUnit(community: CommunityBoard) {
  return Object.values(community.units)
    .map((unit) => ({ unitId: unit.unitId, name: unit.name, count: unit.contributions ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh-CN"));
}

/** One row per month with each team's approved hours under its id, for a stacked chart. */
export type HoursRow = { month: string } & Record<string, number | string>;

/** Approved hours per team over the given months; teams with no hours in them are left out. */
export function hoursByTeam(community: CommunityBoard, months: readonly string[]) {
  const teams = Object.values(community.teams)
    .map((team) => ({
      teamId: team.teamId,
      name: team.name,
      total: months.reduce((sum, month) => addQuantities(sum, team.hoursByMonth[month] ?? 0), 0),
    }))
    .filter((team) => team.total > 0)
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "zh-CN"));
  const rows: HoursRow[] = months.map((month) => {
    const row: HoursRow = { month };
    for (const team of teams) row[team.teamId] = community.teams[team.teamId]?.hoursByMonth[month] ?? 0;
    return row;
  });
  const total = teams.reduce((sum, team) => addQuantities(sum, team.total), 0);
  return { teams, rows, total };
}

/** Every item's stock beside its minimum, the lowest share of the minimum first. */
export function stockRows(supermarket: SupermarketBoard) {
  const low = new Set(lowStock(supermarket).map((item) => item.itemId));
  return Object.values(supermarket.items)
    .map((item) => ({
      itemId: item.itemId,
      name: item.name,
      unitOfMeasure: item.unitOfMeasure,
      stock: item.stock,
      minimum: item.minimumStock,
      low: low.has(item.itemId),
    }))
    .sort((a, b) => Number(b.low) - Number(a.low) || a.name.localeCompare(b.name, "zh-CN"));
}
