import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  addItem,
  adjust,
  adjusted,
  announced,
  coatAdded,
  declined,
  donate,
  donated,
  handedOut,
  handOut,
  itemAdded,
  limitSet,
  loaded,
  voided,
} from "../testing/supermarket-fixtures.ts";
import {
  AcceptDonationInput,
  AddItemInput,
  AdjustStockInput,
  HandOutInput,
  RecordDonationInput,
  SetMonthlyLimitInput,
  supermarketCommandSchemas,
  VoidReceiptInput,
} from "./commands.ts";
import { supermarketDecider } from "./decider.ts";
import { SupermarketEvent, supermarketEventSchemas } from "./events.ts";

/** The path and rule code of every issue, which is what a form shows next to its fields. */
const issuesOf = (result: z.ZodSafeParseResult<unknown>) =>
  (result.error?.issues ?? []).map((issue) => ({
    path: issue.path,
    code: issue.code === "custom" ? issue.params?.code : issue.code,
  }));

const lines = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ itemId: `i${index}`, quantity: 1 }));

describe("AddItemInput", () => {
  it("accepts an item with no minimum stock and trims its unit of measure", () => {
    expect(AddItemInput.parse({ ...addItem().data, unitOfMeasure: " 件 ", minimumStock: 0 })).toMatchObject({
      unitOfMeasure: "件",
      minimumStock: 0,
    });
  });

  it("refuses an unknown category, a long unit of measure and a negative or over-precise minimum", () => {
    const body = { ...addItem().data, category: "toys", unitOfMeasure: "x".repeat(11), minimumStock: -1 };
    expect(issuesOf(AddItemInput.safeParse(body))).toEqual([
      { path: ["category"], code: "invalid_value" },
      { path: ["unitOfMeasure"], code: "too_big" },
      { path: ["minimumStock"], code: "too_small" },
    ]);
    expect(issuesOf(AddItemInput.safeParse({ ...addItem().data, minimumStock: 1.005 }))).toEqual([
      { path: ["minimumStock"], code: "too_many_decimals" },
    ]);
  });
});

describe("SetMonthlyLimitInput", () => {
  it("takes a positive limit or null, and nothing else", () => {
    const parse = (limit: unknown) =>
      issuesOf(SetMonthlyLimitInput.safeParse({ communityId: "guangming", limit }));
    expect(parse(12.5)).toEqual([]);
    expect(parse(null)).toEqual([]);
    expect(parse(0)).toEqual([{ path: ["limit"], code: "too_small" }]);
    expect(parse(undefined)).toEqual([{ path: ["limit"], code: "invalid_type" }]);
  });
});

describe("RecordDonationInput", () => {
  it("defaults the lines and the note to empty, so money alone needs neither", () => {
    const { lines: _l, note: _n, ...bare } = donate({ lines: [], money: 200 }).data;
    expect(RecordDonationInput.parse(bare)).toEqual({ ...bare, lines: [], note: "" });
  });

  it("refuses a donation of neither goods nor money with donation_empty", () => {
    expect(issuesOf(RecordDonationInput.safeParse({ ...donate().data, lines: [] }))).toEqual([
      { path: ["lines"], code: "donation_empty" },
    ]);
  });

  it("refuses the same item twice with duplicate_item_id, pointing at the repeat", () => {
    const body = { ...donate().data, lines: [...lines(2), { itemId: "i0", quantity: 5 }] };
    expect(issuesOf(RecordDonationInput.safeParse(body))).toEqual([
      { path: ["lines", 2, "itemId"], code: "duplicate_item_id" },
    ]);
  });

  it("holds up to 50 lines", () => {
    expect(RecordDonationInput.safeParse({ ...donate().data, lines: lines(50) }).success).toBe(true);
    expect(issuesOf(RecordDonationInput.safeParse({ ...donate().data, lines: lines(51) }))).toEqual([
      { path: ["lines"], code: "too_big" },
    ]);
  });

  it("takes money in yuan to two decimals and positive quantities", () => {
    const body = { ...donate().data, money: 10.001, lines: [{ itemId: "rice", quantity: 0 }] };
    expect(issuesOf(RecordDonationInput.safeParse(body))).toEqual([
      { path: ["lines", 0, "quantity"], code: "too_small" },
      { path: ["money"], code: "too_many_decimals" },
    ]);
  });

  it("refuses an unknown donor kind, a unit donor without an id and extra keys on a donor or line", () => {
    const parse = (overrides: Record<string, unknown>) =>
      issuesOf(RecordDonationInput.safeParse({ ...donate().data, ...overrides }));
    expect(parse({ donor: { kind: "alien" } })).toEqual([{ path: ["donor", "kind"], code: "invalid_union" }]);
    expect(parse({ donor: { kind: "unit" } })).toEqual([{ path: ["donor", "unitId"], code: "invalid_type" }]);
    expect(parse({ donor: { kind: "anonymous", name: "x" } })).toEqual([
      { path: ["donor"], code: "unrecognized_keys" },
    ]);
    expect(parse({ lines: [{ itemId: "rice", quantity: 1, unit: "kg" }] })).toEqual([
      { path: ["lines", 0], code: "unrecognized_keys" },
    ]);
  });
});

describe("HandOutInput", () => {
  it("needs at least one line, each item once", () => {
    expect(issuesOf(HandOutInput.safeParse({ ...handOut().data, lines: [] }))).toEqual([
      { path: ["lines"], code: "too_small" },
    ]);
    const repeated = { ...handOut().data, lines: [...lines(1), ...lines(1)] };
    expect(issuesOf(HandOutInput.safeParse(repeated))).toEqual([
      { path: ["lines", 1, "itemId"], code: "duplicate_item_id" },
    ]);
  });

  it("refuses a misspelt field instead of dropping it", () => {
    expect(issuesOf(HandOutInput.safeParse({ ...handOut().data, resident: "r-1" }))).toContainEqual({
      path: [],
      code: "unrecognized_keys",
    });
  });
});

describe("AdjustStockInput", () => {
  it("refuses removing nothing as damaged or expired with quantity_not_positive", () => {
    expect(issuesOf(AdjustStockInput.safeParse({ ...adjust().data, quantity: 0 }))).toEqual([
      { path: ["quantity"], code: "quantity_not_positive" },
    ]);
  });

  it("requires a note for damage and expiry with note_required", () => {
    for (const reason of ["damage", "expiry"]) {
      expect(issuesOf(AdjustStockInput.safeParse({ ...adjust().data, reason, note: "  " }))).toEqual([
        { path: ["note"], code: "note_required" },
      ]);
    }
  });

  it("takes a stock-take of nothing, without a note", () => {
    const { note: _n, ...bare } = adjust({ reason: "stock_take", quantity: 0 }).data;
    expect(AdjustStockInput.parse(bare)).toEqual({ ...bare, note: "" });
  });

  it("refuses a negative quantity and an unknown reason", () => {
    expect(issuesOf(AdjustStockInput.safeParse({ ...adjust().data, reason: "theft", quantity: -1 }))).toEqual(
      [
        { path: ["reason"], code: "invalid_value" },
        { path: ["quantity"], code: "too_small" },
      ],
    );
  });
});

describe("AcceptDonationInput and VoidReceiptInput", () => {
  it("accepts an acceptance with nothing but its ids, and refuses an item twice among what arrived", () => {
    expect(AcceptDonationInput.parse({ communityId: "guangming", donationId: "d-1" })).toEqual({
      communityId: "guangming",
      donationId: "d-1",
    });
    const twice = [
      { itemId: "rice", quantity: 1 },
      { itemId: "rice", quantity: 2 },
    ];
    expect(
      issuesOf(AcceptDonationInput.safeParse({ communityId: "g", donationId: "d-1", lines: twice })),
    ).toEqual([{ path: ["lines", 1, "itemId"], code: "duplicate_item_id" }]);
  });

  it("needs a reason of at most 200 characters, trimmed, and a receipt number as issued", () => {
    const body = { communityId: "guangming", receiptNo: "2025-00001", reason: " 重复登记 " };
    expect(VoidReceiptInput.parse(body)).toEqual({ ...body, reason: "重复登记" });
    expect(issuesOf(VoidReceiptInput.safeParse({ ...body, reason: "  " }))).toEqual([
      { path: ["reason"], code: "too_small" },
    ]);
    expect(issuesOf(VoidReceiptInput.safeParse({ ...body, reason: "x".repeat(201) }))).toEqual([
      { path: ["reason"], code: "too_big" },
    ]);
    expect(issuesOf(VoidReceiptInput.safeParse({ ...body, receiptNo: "42" }))).toEqual([
      { path: ["receiptNo"], code: "invalid_format" },
    ]);
  });
});

describe("supermarket events and command maps", () => {
  it("parses every event the decider emits back into the same typed event", () => {
    const emitted = [
      ...supermarketDecider.decide(addItem(), supermarketDecider.initialState, loaded),
      coatAdded(),
      {
        type: "MinimumStockChanged" as const,
        data: { communityId: "guangming", itemId: "rice", minimumStock: 0 },
      },
      limitSet(null),
      limitSet(20),
      donated({ donor: { kind: "anonymous" }, lines: [], money: 8.8 }),
      donated({ donor: { kind: "person", name: "张阿姨" } }),
      handedOut(),
      adjusted(),
      announced({ money: 20 }),
      declined(),
      voided({ money: 20 }),
    ];
    for (const event of emitted) {
      expect(SupermarketEvent.parse(event)).toEqual(event);
      expect(supermarketEventSchemas[event.type].parse(event.data)).toEqual(event.data);
    }
    expect(emitted[0]).toEqual(itemAdded());
  });

  it("keeps stored facts readable that today's inputs would refuse", () => {
    const oddDonation = { ...donated().data, lines: [], note: "" };
    expect(RecordDonationInput.safeParse(oddDonation).success).toBe(false);
    expect(supermarketEventSchemas.DonationReceived.safeParse(oddDonation).success).toBe(true);
    expect(SupermarketEvent.safeParse(adjusted({ stockAfter: 20_000_000, delta: 19_999_905 })).success).toBe(
      true,
    );
  });

  it("refuses unknown event types and malformed data", () => {
    expect(SupermarketEvent.safeParse({ type: "ShopClosed", data: {} }).success).toBe(false);
    expect(SupermarketEvent.safeParse(donated({}, "42")).success).toBe(false);
    expect(SupermarketEvent.safeParse(adjusted({ stockAfter: -1 })).success).toBe(false);
  });

  it("maps every command type to its input schema", () => {
    expect(Object.keys(supermarketCommandSchemas).sort()).toEqual([
      "AcceptDonation",
      "AddItem",
      "AdjustStock",
      "AnnounceDonation",
      "ChangeMinimumStock",
      "DeclineDonation",
      "HandOut",
      "RecordDonation",
      "SetMonthlyLimit",
      "VoidReceipt",
    ]);
    expect(supermarketCommandSchemas.AnnounceDonation).toBe(RecordDonationInput);
    expect(supermarketCommandSchemas.HandOut).toBe(HandOutInput);
  });
});
