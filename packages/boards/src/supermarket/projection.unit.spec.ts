import type { Donor, PersonEvent, RegistryEvent, ResidentEvent, SupermarketEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { catalogueBoardProjection } from "../catalogue/projection.ts";
import { foldBoards } from "../fold.ts";
import type { ProjectedEvent } from "../projection.ts";
import { RECENT_SUPERMARKET, SUPERMARKET_DAYS, type SupermarketBoard } from "./board.ts";
import { supermarketBoardProjection } from "./projection.ts";

type Fact = SupermarketEvent | RegistryEvent | PersonEvent | ResidentEvent;

let position = 0;
const stored = (event: Fact): ProjectedEvent => ({
  ...event,
  streamId: "s",
  position: ++position,
  occurredAt: "2026-03-01T08:00:00.000Z",
});

const given = (...events: Fact[]): SupermarketBoard | undefined =>
  foldBoards([catalogueBoardProjection, supermarketBoardProjection], events.map(stored)).get("supermarket:gm")
    ?.data as SupermarketBoard | undefined;

const unit: RegistryEvent = {
  type: "UnitRegistered",
  data: {
    unitId: "gm-u01",
    communityId: "gm",
    name: "光明小学",
    kind: "school",
    partyOrganisation: "光明小学党支部",
    inServiceMembers: 12,
  },
};
const item = (itemId: string, name: string, unitOfMeasure: string): SupermarketEvent => ({
  type: "ItemAdded",
  data: { communityId: "gm", itemId, name, category: "grain_oil", unitOfMeasure, minimumStock: 5 },
});
const rice = item("rice", "大米", "袋");
const oil = item("oil", "食用油", "桶");
let receipts = 0;
const donation = (
  donationId: string,
  receivedOn: string,
  lines: { itemId: string; quantity: number }[],
  donor: Donor = { kind: "anonymous" },
  money?: number,
): SupermarketEvent => ({
  type: "DonationReceived",
  data: {
    communityId: "gm",
    donationId,
    receiptNo: `${receivedOn.slice(0, 4)}-${String(++receipts).padStart(5, "0")}`,
    receivedOn,
    donor,
    lines,
    ...(money === undefined ? {} : { money }),
    note: "",
  },
});
/** The void of a donation event, as the decider copies the receipt into it. */
const voidOf = (received: SupermarketEvent, voidedOn: string, reason = "重复登记"): SupermarketEvent => {
  if (received.type !== "DonationReceived") throw new Error("only a received donation has a receipt");
  const { communityId, donationId, receiptNo, receivedOn, donor, lines, money } = received.data;
  return {
    type: "ReceiptVoided",
    data: {
      ...{ communityId, donationId, receiptNo, receivedOn, donor, lines },
      ...(money === undefined ? {} : { money }),
      reason,
      voidedOn,
      voidedBy: "王店长",
    },
  };
};
const announced = (
  donationId: string,
  givenOn: string,
  lines: { itemId: string; quantity: number }[],
  money?: number,
): SupermarketEvent => ({
  type: "DonationAnnounced",
  data: {
    communityId: "gm",
    donationId,
    givenOn,
    donor: { kind: "unit", unitId: "gm-u01" },
    lines,
    ...(money === undefined ? {} : { money }),
    note: "周五送到",
  },
});
const handout = (handoutId: string, handedOutOn: string, lines: { itemId: string; quantity: number }[]) =>
  ({
    type: "GoodsHandedOut",
    data: { communityId: "gm", handoutId, residentId: "r-wang", handedOutOn, lines },
  }) satisfies SupermarketEvent;
const resident: ResidentEvent = {
  type: "ResidentInNeedRegistered",
  data: {
    residentId: "r-wang",
    communityId: "gm",
    name: "王秀英",
    category: "elderly_alone",
    householdSize: 1,
    note: "",
  },
};

/** 2026-01-01 plus `n` days, as a stored date. */
const day = (n: number): string => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

describe("the love supermarket board", () => {
  it("given items, when the minimum changes and a monthly limit is set, then the board shows both", () => {
    const board = given(
      rice,
      oil,
      { type: "MinimumStockChanged", data: { communityId: "gm", itemId: "rice", minimumStock: 12 } },
      {
        type: "MonthlyLimitSet",
        data: { communityId: "gm", limit: 30 },
      },
    );
    expect(board?.items.rice).toEqual({
      itemId: "rice",
      name: "大米",
      category: "grain_oil",
      unitOfMeasure: "袋",
      minimumStock: 12,
      stock: 0,
    });
    expect(board?.items.oil?.minimumStock).toBe(5);
    expect(board?.monthlyLimit).toBe(30);
  });

  it("given donations from a unit, a person and someone anonymous, then stock rises exactly and each donor shows as the public may see them", () => {
    const board = given(
      unit,
      rice,
      oil,
      donation("d1", "2026-02-01", [{ itemId: "rice", quantity: 0.1 }], { kind: "unit", unitId: "gm-u01" }),
      donation(
        "d2",
        "2026-02-01",
        [
          { itemId: "rice", quantity: 0.2 },
          { itemId: "oil", quantity: 2 },
        ],
        {
          kind: "person",
          name: "刘阿姨",
        },
      ),
      donation("d3", "2026-02-02", [], { kind: "anonymous" }, 100.5),
    );
    expect(board?.items.rice?.stock).toBe(0.3);
    expect(board?.items.oil?.stock).toBe(2);
    expect(board?.recentIntake.map((i) => i.donor)).toEqual([
      { kind: "anonymous" },
      { kind: "person", name: "刘阿姨" },
      { kind: "unit", unitId: "gm-u01", name: "光明小学" },
    ]);
    expect(board?.recentIntake[1]).toMatchObject({
      donationId: "d2",
      receivedOn: "2026-02-01",
      money: null,
      lines: [
        { itemId: "rice", name: "大米", unitOfMeasure: "袋", quantity: 0.2 },
        { itemId: "oil", name: "食用油", unitOfMeasure: "桶", quantity: 2 },
      ],
    });
    expect(board?.days["2026-02-01"]).toEqual({
      donations: 2,
      intake: 2.3,
      money: 0,
      handouts: 0,
      handedOut: 0,
    });
    expect(board?.days["2026-02-02"]).toEqual({
      donations: 1,
      intake: 0,
      money: 100.5,
      handouts: 0,
      handedOut: 0,
    });
    expect(board?.years["2026"]).toEqual({
      donations: 3,
      intake: 2.3,
      money: 100.5,
      handouts: 0,
      handedOut: 0,
    });
  });

  it("given hand-outs to a resident in need, then stock falls and nothing on the board names or points to the resident", () => {
    const board = given(
      resident,
      rice,
      donation("d1", "2026-02-01", [{ itemId: "rice", quantity: 10 }]),
      handout("h1", "2026-02-03", [{ itemId: "rice", quantity: 0.7 }]),
      handout("h2", "2026-02-03", [{ itemId: "rice", quantity: 0.2 }]),
    );
    expect(board?.items.rice?.stock).toBe(9.1);
    expect(board?.recentHandouts).toEqual([
      {
        handoutId: "h2",
        handedOutOn: "2026-02-03",
        lines: [{ itemId: "rice", name: "大米", unitOfMeasure: "袋", quantity: 0.2 }],
      },
      {
        handoutId: "h1",
        handedOutOn: "2026-02-03",
        lines: [{ itemId: "rice", name: "大米", unitOfMeasure: "袋", quantity: 0.7 }],
      },
    ]);
    expect(board?.days["2026-02-03"]).toEqual({
      donations: 0,
      intake: 0,
      money: 0,
      handouts: 2,
      handedOut: 0.9,
    });
    const json = JSON.stringify(board);
    expect(json).not.toContain("r-wang");
    expect(json).not.toContain("王秀英");
    expect(json).not.toContain("residentId");
  });

  it("given a stock correction, then the stock is what the correction says", () => {
    const board = given(rice, donation("d1", "2026-02-01", [{ itemId: "rice", quantity: 10 }]), {
      type: "StockAdjusted",
      data: {
        communityId: "gm",
        adjustmentId: "adj-1",
        itemId: "rice",
        reason: "damage",
        quantity: 1.5,
        note: "受潮",
        adjustedOn: "2026-02-04",
        delta: -1.5,
        stockAfter: 8.5,
      },
    });
    expect(board?.items.rice?.stock).toBe(8.5);
  });

  it("given a unit's announced donation, then it waits in pending, named, outside stock, totals and the intake feed", () => {
    const board = given(unit, rice, announced("a1", "2026-02-01", [{ itemId: "rice", quantity: 4 }], 50));
    expect(board?.pending).toEqual({
      a1: {
        donationId: "a1",
        givenOn: "2026-02-01",
        donor: { kind: "unit", unitId: "gm-u01", name: "光明小学" },
        lines: [{ itemId: "rice", name: "大米", unitOfMeasure: "袋", quantity: 4 }],
        money: 50,
        announcedAt: "2026-03-01T08:00:00.000Z",
      },
    });
    expect(board?.items.rice?.stock).toBe(0);
    expect(board?.recentIntake).toEqual([]);
    expect(board?.days).toEqual({});
    expect(board?.years).toEqual({});
  });

  it("given the keeper accepts one announced donation and declines another, then both leave pending and only the accepted one counts", () => {
    const accepted = donation("a1", "2026-02-02", [{ itemId: "rice", quantity: 3 }], {
      kind: "unit",
      unitId: "gm-u01",
    });
    const board = given(
      unit,
      rice,
      announced("a1", "2026-02-01", [{ itemId: "rice", quantity: 4 }]),
      announced("a2", "2026-02-01", [{ itemId: "rice", quantity: 9 }]),
      accepted,
      {
        type: "DonationDeclined",
        data: {
          communityId: "gm",
          donationId: "a2",
          donor: { kind: "unit", unitId: "gm-u01" },
          reason: "没有送到",
          declinedOn: "2026-02-02",
        },
      },
    );
    expect(board?.pending).toEqual({});
    expect(board?.items.rice?.stock).toBe(3);
    expect(board?.recentIntake.map((i) => [i.donationId, i.voided])).toEqual([["a1", null]]);
    expect(board?.years["2026"]).toMatchObject({ donations: 1, intake: 3 });
  });

  it("given a receipt voided, then it stays in the feed marked voided and its goods and money leave stock and totals", () => {
    const kept = donation("d1", "2026-02-01", [{ itemId: "rice", quantity: 10 }]);
    const wrong = donation(
      "d2",
      "2026-02-01",
      [{ itemId: "rice", quantity: 2.5 }],
      { kind: "anonymous" },
      300,
    );
    const board = given(rice, kept, wrong, voidOf(wrong, "2026-02-04"));
    expect(board?.items.rice?.stock).toBe(10);
    expect(board?.recentIntake.map((i) => i.donationId)).toEqual(["d2", "d1"]);
    expect(board?.recentIntake[0]?.voided).toEqual({
      reason: "重复登记",
      voidedOn: "2026-02-04",
      voidedBy: "王店长",
    });
    expect(board?.recentIntake[1]?.voided).toBeNull();
    const once = { donations: 1, intake: 10, money: 0, handouts: 0, handedOut: 0 };
    expect(board?.days["2026-02-01"]).toEqual(once);
    expect(board?.years["2026"]).toEqual(once);
    expect(board?.days["2026-02-04"]).toBeUndefined();
  });

  it("given a receipt voided after it left the feed and its day the window, then it comes back to the top voided and only the year changes", () => {
    const first = donation("old", day(0), [{ itemId: "rice", quantity: 5 }]);
    const later = Array.from({ length: SUPERMARKET_DAYS + 1 }, (_, n) =>
      donation(`d${n}`, day(n + 1), [{ itemId: "rice", quantity: 1 }]),
    );
    const board = given(rice, first, ...later, voidOf(first, day(40)));
    expect(board?.recentIntake).toHaveLength(RECENT_SUPERMARKET);
    expect(board?.recentIntake[0]).toMatchObject({ donationId: "old", voided: { voidedOn: day(40) } });
    expect(Object.keys(board?.days ?? {})).not.toContain(day(0));
    expect(board?.years["2026"]).toMatchObject({
      donations: SUPERMARKET_DAYS + 1,
      intake: SUPERMARKET_DAYS + 1,
    });
    expect(board?.items.rice?.stock).toBe(SUPERMARKET_DAYS + 1);
  });

  it("given more donations and hand-outs than the feeds hold, then only the newest are kept", () => {
    const many = Array.from({ length: RECENT_SUPERMARKET + 5 }, (_, i) => [
      donation(`d${i}`, "2026-02-01", [{ itemId: "rice", quantity: 1 }]),
      handout(`h${i}`, "2026-02-01", [{ itemId: "rice", quantity: 1 }]),
    ]).flat();
    const board = given(rice, ...many);
    expect(board?.recentIntake).toHaveLength(RECENT_SUPERMARKET);
    expect(board?.recentIntake[0]?.donationId).toBe(`d${RECENT_SUPERMARKET + 4}`);
    expect(board?.recentHandouts).toHaveLength(RECENT_SUPERMARKET);
    expect(board?.recentHandouts.at(-1)?.handoutId).toBe("h5");
    expect(board?.days["2026-02-01"]?.donations).toBe(RECENT_SUPERMARKET + 5);
  });

  it("given more distinct days than the window holds, then the oldest days drop and the year keeps counting", () => {
    const daily = Array.from({ length: SUPERMARKET_DAYS + 2 }, (_, n) =>
      donation(`d${n}`, day(n), [{ itemId: "rice", quantity: 1 }]),
    );
    const board = given(rice, ...daily);
    const days = Object.keys(board?.days ?? {}).sort();
    expect(days).toHaveLength(SUPERMARKET_DAYS);
    expect(days[0]).toBe(day(2));
    expect(days.at(-1)).toBe(day(SUPERMARKET_DAYS + 1));
    expect(board?.years["2026"]?.donations).toBe(SUPERMARKET_DAYS + 2);
  });

  it("given a full window, when a late entry brings a day older than all kept, then the window is unchanged", () => {
    const daily = Array.from({ length: SUPERMARKET_DAYS }, (_, n) =>
      donation(`d${n}`, day(n + 10), [{ itemId: "rice", quantity: 1 }]),
    );
    const board = given(rice, ...daily, donation("late", day(0), [{ itemId: "rice", quantity: 1 }]));
    expect(Object.keys(board?.days ?? {})).not.toContain(day(0));
    expect(Object.keys(board?.days ?? {})).toHaveLength(SUPERMARKET_DAYS);
    expect(board?.years["2026"]?.donations).toBe(SUPERMARKET_DAYS + 1);
  });

  it("given references to items the supermarket does not stock, then no stock or minimum changes", () => {
    const board = given(
      rice,
      { type: "MinimumStockChanged", data: { communityId: "gm", itemId: "tv", minimumStock: 1 } },
      donation("d1", "2026-02-01", [
        { itemId: "tv", quantity: 1 },
        { itemId: "rice", quantity: 2 },
      ]),
    );
    expect(Object.keys(board?.items ?? {})).toEqual(["rice"]);
    expect(board?.items.rice?.stock).toBe(2);
  });

  it("given a foreign event, then it keys no board and gives no ops", () => {
    const foreign = stored(unit);
    const boards = foldBoards([supermarketBoardProjection], [foreign]);
    expect([...boards.keys()].filter((id) => id.startsWith("supermarket:"))).toEqual([]);
  });
});
