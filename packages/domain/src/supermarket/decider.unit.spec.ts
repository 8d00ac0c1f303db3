import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  addItem,
  adjust,
  adjusted,
  coatAdded,
  donated,
  guangming,
  itemAdded,
  limitSet,
  setLimit,
  today,
} from "../testing/supermarket-fixtures.ts";
import { supermarketDecider } from "./decider.ts";
import { supermarketStream } from "./events.ts";

const given = scenario(supermarketDecider);
const withCommunity = { today, community: guangming };
const stocked = [itemAdded(), donated()]; // 100 kg of rice

describe("supermarket stream", () => {
  it("is named by the community id", () => {
    expect(supermarketStream("guangming")).toBe("supermarket-guangming");
  });
});

describe("AddItem", () => {
  it("adds an item to the catalogue of a registered community", () => {
    given([]).when(addItem(), withCommunity).thenEmits([itemAdded()]);
  });

  it("given the item is in the catalogue, adding it again is refused with item_already_exists", () => {
    given([itemAdded()])
      .when(addItem({ name: "香米" }), withCommunity)
      .thenRefuses({ kind: "conflict", code: "item_already_exists", field: "itemId" });
  });

  it("refuses a community that is not registered with community_not_found", () => {
    given([])
      .when(addItem(), { today, community: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("refuses with community_not_found when the community state passed is another community's", () => {
    given([])
      .when(addItem({ communityId: "dongfeng" }), withCommunity)
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the community", () => {
    const decide = () => supermarketDecider.decide(addItem(), supermarketDecider.initialState, { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });
});

describe("ChangeMinimumStock", () => {
  const change = (itemId: string, minimumStock: number) => ({
    type: "ChangeMinimumStock" as const,
    data: { communityId: "guangming", itemId, minimumStock },
  });

  it("changes the low-stock threshold of an item, to nothing if need be", () => {
    given([itemAdded()])
      .when(change("rice", 0), { today })
      .thenEmits([{ type: "MinimumStockChanged", data: change("rice", 0).data }]);
  });

  it("refuses an item that is not in the catalogue with item_not_found", () => {
    given([itemAdded()])
      .when(change("oil", 10), { today })
      .thenRefuses({ kind: "not_found", code: "item_not_found", field: "itemId" });
  });
});

describe("SetMonthlyLimit", () => {
  it("sets a per-resident monthly limit, before any item exists", () => {
    given([])
      .when(setLimit(20), withCommunity)
      .thenEmits([limitSet(20)]);
  });

  it("removes the limit with null", () => {
    given([itemAdded(), limitSet(20)])
      .when(setLimit(null), withCommunity)
      .thenEmits([limitSet(null)]);
  });

  it("refuses a community that is not registered with community_not_found", () => {
    given([])
      .when(setLimit(20), { today, community: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("fails loudly when the handler forgot to load the community", () => {
    const decide = () => supermarketDecider.decide(setLimit(5), supermarketDecider.initialState, { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });
});

describe("AdjustStock", () => {
  it("removes damaged goods, recording the negative change, the stock left and today's date", () => {
    given(stocked).when(adjust(), { today }).thenEmits([adjusted()]);
  });

  it("removes all of an item's expired stock, down to zero", () => {
    given(stocked)
      .when(adjust({ reason: "expiry", quantity: 100, note: "过期" }), { today })
      .thenEmits([adjusted({ reason: "expiry", quantity: 100, note: "过期", delta: -100, stockAfter: 0 })]);
  });

  it("given 100 in stock, removing 100.01 as damaged is refused with stock_short", () => {
    given(stocked)
      .when(adjust({ quantity: 100.01 }), { today })
      .thenRefuses({ kind: "conflict", code: "stock_short", field: "quantity" });
  });

  it("records a stock-take's counted quantity and the signed difference, down or up", () => {
    given(stocked)
      .when(adjust({ reason: "stock_take", quantity: 97.5, note: "" }), { today })
      .thenEmits([
        adjusted({ reason: "stock_take", quantity: 97.5, note: "", delta: -2.5, stockAfter: 97.5 }),
      ]);
    given(stocked)
      .when(adjust({ reason: "stock_take", quantity: 100.3, note: "" }), { today })
      .thenEmits([
        adjusted({ reason: "stock_take", quantity: 100.3, note: "", delta: 0.3, stockAfter: 100.3 }),
      ]);
  });

  it("records a stock-take that finds the shelf empty, or exactly as expected", () => {
    given([itemAdded()])
      .when(adjust({ reason: "stock_take", quantity: 0, note: "" }), { today })
      .thenEmits([adjusted({ reason: "stock_take", quantity: 0, note: "", delta: 0, stockAfter: 0 })]);
    given(stocked)
      .when(adjust({ reason: "stock_take", quantity: 100, note: "" }), { today })
      .thenEmits([adjusted({ reason: "stock_take", quantity: 100, note: "", delta: 0, stockAfter: 100 })]);
  });

  it("works the difference out exactly in hundredths", () => {
    const tenths = [
      itemAdded(),
      donated({ lines: [{ itemId: "rice", quantity: 0.1 }] }),
      donated({ donationId: "d-2", lines: [{ itemId: "rice", quantity: 0.2 }] }, "2025-00002"),
    ];
    given(tenths)
      .when(adjust({ quantity: 0.3 }), { today })
      .thenEmits([adjusted({ quantity: 0.3, delta: -0.3, stockAfter: 0 })]);
    given(tenths)
      .when(adjust({ reason: "stock_take", quantity: 0.1, note: "" }), { today })
      .thenEmits([adjusted({ reason: "stock_take", quantity: 0.1, note: "", delta: -0.2, stockAfter: 0.1 })]);
  });

  it("refuses an item that is not in the catalogue with item_not_found", () => {
    given([itemAdded(), coatAdded()])
      .when(adjust({ itemId: "oil" }), { today })
      .thenRefuses({ kind: "not_found", code: "item_not_found", field: "itemId" });
  });

  it("given the adjustment is recorded, recording it again is refused with adjustment_already_recorded", () => {
    given([...stocked, adjusted()])
      .when(adjust(), { today })
      .thenRefuses({ kind: "conflict", code: "adjustment_already_recorded", field: "adjustmentId" });
  });
});
