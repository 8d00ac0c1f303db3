import { addQuantities } from "@cobuild/domain";
import { type BoardOp, own } from "../protocol/ops.ts";
import { SUPERMARKET_DAYS, type SupermarketBoard, type SupermarketDay } from "./board.ts";

/** What one event adds to a day's or a year's totals. */
export type DayChange = Partial<SupermarketDay>;

const zero: SupermarketDay = { donations: 0, intake: 0, money: 0, handouts: 0, handedOut: 0 };

const plus = (day: SupermarketDay, change: DayChange): SupermarketDay => ({
  donations: day.donations + (change.donations ?? 0),
  intake: addQuantities(day.intake, change.intake ?? 0),
  money: addQuantities(day.money, change.money ?? 0),
  handouts: day.handouts + (change.handouts ?? 0),
  handedOut: addQuantities(day.handedOut, change.handedOut ?? 0),
});

/**
 * Adds to the totals of `date` and of its year. The day window keeps the SUPERMARKET_DAYS latest dates
 * the log has shown, never "the last 31 days before today", so a rebuild gives the same board: a new
 * date pushes the oldest out, and a date older than everything kept is not recorded per day at all.
 */
export const totalsOps = (board: SupermarketBoard, date: string, change: DayChange): BoardOp[] => {
  const year = date.slice(0, 4);
  const ops: BoardOp[] = [
    { op: "set", path: ["years", year], value: plus(own(board.years, year) ?? zero, change) },
  ];
  const today = own(board.days, date);
  if (today) return [...ops, { op: "set", path: ["days", date], value: plus(today, change) }];
  const dates = [...Object.keys(board.days), date].sort();
  const dropped = dates.slice(0, Math.max(0, dates.length - SUPERMARKET_DAYS));
  for (const old of dropped) if (old !== date) ops.push({ op: "unset", path: ["days", old] });
  if (!dropped.includes(date)) ops.push({ op: "set", path: ["days", date], value: plus(zero, change) });
  return ops;
};
