import type { PledgeRatesBoard, PledgeTally, StreetBoard } from "@cobuild/boards";
import { fulfilmentRate } from "../staff/pledges/rates.ts";

/** One line of the street's pledge table: a kind of pledger or a community, with its year's tally. */
export interface PledgeRateRow {
  key: string;
  /** A community's name (its id when the street board does not list it yet); unused for kinds. */
  name: string;
  made: number;
  struckOff: number;
  /** Whole percent struck off, or null when nothing was pledged. */
  rate: number | null;
}

const rowOf = (key: string, name: string, tally: PledgeTally): PledgeRateRow => ({
  key,
  name,
  ...tally,
  rate: fulfilmentRate(tally),
});

/** The pledger kinds in the order the street reports them: 两委, members, street cadres. */
export const PLEDGER_KIND_ORDER = ["committee", "member", "cadre"] as const;

/** The years the board has figures for, newest first. */
export const pledgeYears = (rates: PledgeRatesBoard): string[] => Object.keys(rates.years).sort().reverse();

/**
 * One year of the street's pledges: the street-wide tally, one row per kind of pledger (every kind, made
 * or not, so the table keeps its shape), and one per community that pledged, lowest rate first (the ones
 * to follow up), then by name.
 */
export function streetPledgeYear(rates: PledgeRatesBoard, street: StreetBoard | undefined, year: string) {
  const figures = rates.years[year];
  const none = { made: 0, struckOff: 0 };
  const total = rowOf("total", "", figures?.total ?? none);
  const kinds = PLEDGER_KIND_ORDER.map((kind) => ({
    ...rowOf(kind, "", figures?.byKind[kind] ?? none),
    kind,
  }));
  const communities = Object.entries(figures?.byCommunity ?? {})
    .map(([communityId, tally]) =>
      rowOf(communityId, street?.communities[communityId]?.name || communityId, tally),
    )
    .sort((a, b) => (a.rate ?? 101) - (b.rate ?? 101) || a.name.localeCompare(b.name, "zh"));
  return { total, kinds, communities };
}
