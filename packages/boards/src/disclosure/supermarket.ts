import { addQuantities } from "@cobuild/domain";
import type { SupermarketBoard, SupermarketDay } from "../supermarket/board.ts";
import { PUBLIC_LIST_LIMIT } from "./limits.ts";

const totals = (day: SupermarketDay) => ({
  donations: day.donations,
  goodsReceived: day.intake,
  moneyReceived: day.money,
  handouts: day.handouts,
  goodsHandedOut: day.handedOut,
});

const sumDays = (days: SupermarketDay[]): SupermarketDay =>
  days.reduce(
    (sum, d) => ({
      donations: sum.donations + d.donations,
      intake: addQuantities(sum.intake, d.intake),
      money: addQuantities(sum.money, d.money),
      handouts: sum.handouts + d.handouts,
      handedOut: addQuantities(sum.handedOut, d.handedOut),
    }),
    { donations: 0, intake: 0, money: 0, handouts: 0, handedOut: 0 },
  );

/**
 * Totals by year and for this month, and who gave recently. The board keeps the 31 latest dates it saw,
 * which hold all of this month's days unless a receipt was dated ahead of today. Pending donations (not yet received) and voided receipts are left
 * out, anonymous donors are only counted, and hand-outs are totals only: nothing about who received.
 */
export function publicSupermarket(board: SupermarketBoard, today: string) {
  const month = today.slice(0, 7);
  const received = board.recentIntake.filter((i) => i.voided === null);
  return {
    month,
    thisMonth: totals(
      sumDays(
        Object.entries(board.days)
          .filter(([d]) => d.startsWith(month))
          .map(([, d]) => d),
      ),
    ),
    years: Object.entries(board.years)
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([year, day]) => ({ year, ...totals(day) })),
    recentDonations: received.slice(0, PUBLIC_LIST_LIMIT).map((i) => ({
      receiptNo: i.receiptNo,
      receivedOn: i.receivedOn,
      donorKind: i.donor.kind,
      donorName: i.donor.kind === "anonymous" ? null : i.donor.name,
      goods: i.lines.map((l) => ({ item: l.name, quantity: l.quantity, unitOfMeasure: l.unitOfMeasure })),
      money: i.money,
    })),
    stock: Object.values(board.items)
      .sort((a, b) => a.name.localeCompare(b.name, "zh"))
      .map((item) => ({ item: item.name, unitOfMeasure: item.unitOfMeasure, stock: item.stock })),
  };
}

export type PublicSupermarket = ReturnType<typeof publicSupermarket>;
export type PublicTotals = PublicSupermarket["thisMonth"];
