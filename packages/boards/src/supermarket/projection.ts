import {
  addQuantities,
  type Donor,
  type GoodsLine,
  SupermarketEvent,
  subtractQuantities,
  type UnitRegistered,
} from "@cobuild/domain";
import { type Names, nameOf, nameOp } from "../names.ts";
import { type BoardProjection, type ProjectedEvent, type ProjectionMemory, typesOf } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import {
  RECENT_SUPERMARKET,
  SUPERMARKET_BOARD,
  type SupermarketBoard,
  type SupermarketDonor,
  type SupermarketHandout,
  type SupermarketIntake,
  type SupermarketItem,
  type SupermarketLine,
  type SupermarketPending,
} from "./board.ts";
import { totalsOps } from "./totals.ts";

/** The names of the community's units, for donations they make; kept for itself, never served. */
export type SupermarketNames = Names<"units">;
type SupermarketBoardEvent = SupermarketEvent | UnitRegistered;

const supermarketNames: ProjectionMemory<SupermarketNames, SupermarketBoardEvent> = {
  kind: "supermarket-names",
  keyFor: (event) => event.data.communityId,
  initial: () => ({ units: {} }),
  remember: (_names, event) =>
    event.type === "UnitRegistered" ? [nameOp("units", event.data.unitId, event.data.name)] : [],
};

const empty = (communityId: string): SupermarketBoard => ({
  communityId,
  monthlyLimit: null,
  items: {},
  recentIntake: [],
  recentHandouts: [],
  days: {},
  years: {},
  pending: {},
});

/** Lines on items the catalogue knows, named from it; a line on an unknown item is a stray reference. */
const knownLines = (board: SupermarketBoard, lines: readonly GoodsLine[]): SupermarketLine[] =>
  lines.flatMap(({ itemId, quantity }) => {
    const item = own(board.items, itemId);
    return item ? [{ itemId, name: item.name, unitOfMeasure: item.unitOfMeasure, quantity }] : [];
  });

/** Stock after the lines move it up (+1) or down (−1); an item on several lines moves once per line. */
const stockOps = (board: SupermarketBoard, lines: readonly SupermarketLine[], sign: 1 | -1): BoardOp[] => {
  const stock = new Map<string, number>();
  for (const { itemId, quantity } of lines) {
    const before = stock.get(itemId) ?? own(board.items, itemId)?.stock ?? 0;
    stock.set(itemId, sign > 0 ? addQuantities(before, quantity) : subtractQuantities(before, quantity));
  }
  return [...stock].map(
    ([itemId, value]): BoardOp => ({ op: "set", path: ["items", itemId, "stock"], value }),
  );
};

const sumOf = (lines: readonly SupermarketLine[]): number =>
  lines.reduce((sum, line) => addQuantities(sum, line.quantity), 0);

/** The donor as the public may see it: a unit by its name, a person by the name they gave, or nobody. */
const donorOf = (donor: Donor, names: SupermarketNames | undefined): SupermarketDonor => {
  switch (donor.kind) {
    case "unit":
      return { kind: "unit", unitId: donor.unitId, name: nameOf(names, "units", donor.unitId) };
    case "person":
      return { kind: "person", name: donor.name };
    case "anonymous":
      return { kind: "anonymous" };
  }
};

/** The pending entry of a donation, if there is one, goes: it was accepted or declined. */
const settledOps = (board: SupermarketBoard, donationId: string): BoardOp[] =>
  own(board.pending, donationId) ? [{ op: "unset", path: ["pending", donationId] }] : [];

/**
 * A voided receipt: its goods leave stock, its day and year count one donation, its goods and its money
 * less, and it stays in the feed marked voided (put back at the top if it had dropped out, so the void
 * is seen).
 */
const voidOps = (
  board: SupermarketBoard,
  event: Extract<SupermarketEvent, { type: "ReceiptVoided" }>,
  names: SupermarketNames | undefined,
): BoardOp[] => {
  const { donationId, receiptNo, receivedOn, donor, money, reason, voidedOn, voidedBy } = event.data;
  const lines = knownLines(board, event.data.lines);
  const voided = { reason, voidedOn, voidedBy };
  const index = board.recentIntake.findIndex((intake) => intake.receiptNo === receiptNo);
  const feed: BoardOp =
    index >= 0
      ? { op: "set", path: ["recentIntake", index, "voided"], value: voided }
      : {
          op: "unshift",
          path: ["recentIntake"],
          value: {
            donationId,
            receiptNo,
            receivedOn,
            donor: donorOf(donor, names),
            lines,
            money: money ?? null,
            voided,
          } satisfies SupermarketIntake,
          max: RECENT_SUPERMARKET,
        };
  return [
    ...stockOps(board, lines, -1),
    feed,
    ...totalsOps(board, receivedOn, {
      donations: -1,
      intake: subtractQuantities(0, sumOf(lines)),
      money: subtractQuantities(0, money ?? 0),
    }),
  ];
};

const opsFor = (
  board: SupermarketBoard,
  event: ProjectedEvent<SupermarketEvent>,
  names: SupermarketNames | undefined,
): BoardOp[] => {
  switch (event.type) {
    case "ItemAdded": {
      const { itemId, name, category, unitOfMeasure, minimumStock } = event.data;
      const item: SupermarketItem = { itemId, name, category, unitOfMeasure, minimumStock, stock: 0 };
      return [{ op: "set", path: ["items", itemId], value: item }];
    }
    case "MinimumStockChanged": {
      const { itemId, minimumStock } = event.data;
      return own(board.items, itemId)
        ? [{ op: "set", path: ["items", itemId, "minimumStock"], value: minimumStock }]
        : [];
    }
    case "MonthlyLimitSet":
      return [{ op: "set", path: ["monthlyLimit"], value: event.data.limit }];
    case "DonationReceived": {
      const { donationId, receiptNo, receivedOn, donor, money } = event.data;
      const lines = knownLines(board, event.data.lines);
      const intake: SupermarketIntake = {
        donationId,
        receiptNo,
        receivedOn,
        donor: donorOf(donor, names),
        lines,
        money: money ?? null,
        voided: null,
      };
      return [
        ...settledOps(board, donationId),
        ...stockOps(board, lines, 1),
        { op: "unshift", path: ["recentIntake"], value: intake, max: RECENT_SUPERMARKET },
        ...totalsOps(board, receivedOn, { donations: 1, intake: sumOf(lines), money: money ?? 0 }),
      ];
    }
    case "GoodsHandedOut": {
      // Only what and when: the resident who received the goods never reaches this public board.
      const { handoutId, handedOutOn } = event.data;
      const lines = knownLines(board, event.data.lines);
      const handout: SupermarketHandout = { handoutId, handedOutOn, lines };
      return [
        ...stockOps(board, lines, -1),
        { op: "unshift", path: ["recentHandouts"], value: handout, max: RECENT_SUPERMARKET },
        ...totalsOps(board, handedOutOn, { handouts: 1, handedOut: sumOf(lines) }),
      ];
    }
    case "DonationAnnounced": {
      const { donationId, givenOn, donor, money } = event.data;
      const pending: SupermarketPending = {
        donationId,
        givenOn,
        donor: donorOf(donor, names),
        lines: knownLines(board, event.data.lines),
        money: money ?? null,
        announcedAt: event.occurredAt,
      };
      return [{ op: "set", path: ["pending", donationId], value: pending }];
    }
    case "DonationDeclined":
      return settledOps(board, event.data.donationId);
    case "ReceiptVoided":
      return voidOps(board, event, names);
    case "StockAdjusted": {
      const { itemId, stockAfter } = event.data;
      return own(board.items, itemId)
        ? [{ op: "set", path: ["items", itemId, "stock"], value: stockAfter }]
        : [];
    }
  }
};

/** A community's love supermarket in public: stock, intake by donor, hand-outs without recipients, totals. */
export const supermarketBoardProjection: BoardProjection<
  SupermarketBoard,
  SupermarketBoardEvent,
  SupermarketNames
> = {
  kind: SUPERMARKET_BOARD,
  handles: [...typesOf(SupermarketEvent.options), "UnitRegistered"],
  memory: supermarketNames,
  keysFor: (event) => (event.type === "UnitRegistered" ? [] : [event.data.communityId]),
  initial: empty,
  project: (board, event, names) => (event.type === "UnitRegistered" ? [] : opsFor(board, event, names)),
};
