import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  coatAdded,
  donated,
  handedOut,
  handOut,
  itemAdded,
  limitSet,
  resident,
  today,
} from "../testing/supermarket-fixtures.ts";
import { supermarketDecider } from "./decider.ts";
import type { SupermarketEvent } from "./events.ts";

const given = scenario(supermarketDecider);
const withResident = { today, resident };
/** 100 kg of rice and 3 coats. */
const stocked: SupermarketEvent[] = [
  itemAdded(),
  coatAdded(),
  donated({
    lines: [
      { itemId: "rice", quantity: 100 },
      { itemId: "coat", quantity: 3 },
    ],
  }),
];
const twoLines = [
  { itemId: "rice", quantity: 10 },
  { itemId: "coat", quantity: 2 },
];

describe("HandOut", () => {
  it("hands goods in stock to an approved resident, with no limit until one is set", () => {
    given(stocked)
      .when(handOut({ lines: [{ itemId: "rice", quantity: 100 }] }), withResident)
      .thenEmits([handedOut({ lines: [{ itemId: "rice", quantity: 100 }] })]);
  });

  it("hands out several items, dated today", () => {
    given(stocked)
      .when(handOut({ lines: twoLines, handedOutOn: today }), withResident)
      .thenEmits([handedOut({ lines: twoLines, handedOutOn: today })]);
  });

  it("given the hand-out is recorded, recording it again is refused with handout_already_recorded", () => {
    given([...stocked, handedOut()])
      .when(handOut(), withResident)
      .thenRefuses({ kind: "conflict", code: "handout_already_recorded", field: "handoutId" });
  });

  it("refuses a hand-out dated after today with date_in_future", () => {
    given(stocked)
      .when(handOut({ handedOutOn: "2025-06-16" }), withResident)
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "handedOutOn" });
  });

  it("refuses a resident who does not exist with resident_not_found", () => {
    given(stocked)
      .when(handOut(), { today, resident: undefined })
      .thenRefuses({ kind: "not_found", code: "resident_not_found", field: "residentId" });
  });

  it("refuses with resident_not_found when the resident view passed is another resident's", () => {
    given(stocked)
      .when(handOut({ residentId: "r-2" }), withResident)
      .thenRefuses({ kind: "not_found", code: "resident_not_found", field: "residentId" });
  });

  it("refuses a resident of another community with resident_not_found, not a hint they exist", () => {
    given(stocked)
      .when(handOut(), { today, resident: { ...resident, communityId: "dongfeng" } })
      .thenRefuses({ kind: "not_found", code: "resident_not_found", field: "residentId" });
  });

  it("refuses a resident who is not approved with resident_not_approved", () => {
    given(stocked)
      .when(handOut(), { today, resident: { ...resident, approved: false } })
      .thenRefuses({ kind: "conflict", code: "resident_not_approved", field: "residentId" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the resident", () => {
    const decide = () => supermarketDecider.decide(handOut(), fold(supermarketDecider, stocked), { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });

  it("refuses a line whose item is not in the catalogue with item_not_found at that line", () => {
    given(stocked)
      .when(handOut({ lines: [{ itemId: "oil", quantity: 1 }] }), withResident)
      .thenRefuses({ kind: "not_found", code: "item_not_found", field: "lines.0.itemId" });
  });

  it("given 3 coats in stock, handing out 4 is refused with stock_short at that line, saying how many are left", () => {
    const lines = [
      { itemId: "rice", quantity: 1 },
      { itemId: "coat", quantity: 4 },
    ];
    given(stocked)
      .when(handOut({ lines }), withResident)
      .thenRefuses({ kind: "conflict", code: "stock_short", field: "lines.1.quantity" });
    expect(() =>
      supermarketDecider.decide(handOut({ lines }), fold(supermarketDecider, stocked), withResident),
    ).toThrow("Only 3 of item coat left in stock.");
  });

  it("counts stock exactly: 0.1 and 0.2 kg donated make 0.3 kg to hand out, and not 0.31", () => {
    const tenths = [
      itemAdded(),
      donated({ lines: [{ itemId: "rice", quantity: 0.1 }] }),
      donated({ donationId: "d-2", lines: [{ itemId: "rice", quantity: 0.2 }] }, "2025-00002"),
    ];
    const lines = [{ itemId: "rice", quantity: 0.3 }];
    given(tenths)
      .when(handOut({ lines }), withResident)
      .thenEmits([handedOut({ lines })]);
    given(tenths)
      .when(handOut({ lines: [{ itemId: "rice", quantity: 0.31 }] }), withResident)
      .thenRefuses({ kind: "conflict", code: "stock_short", field: "lines.0.quantity" });
  });

  it("given 50 hand-outs of 1 against a stock of 10, decided in turn, exactly 10 are accepted and 40 stock_short", () => {
    let state = fold(supermarketDecider, [
      itemAdded(),
      donated({ lines: [{ itemId: "rice", quantity: 10 }] }),
    ]);
    const outcomes: string[] = [];
    for (let index = 0; index < 50; index++) {
      const command = handOut({ handoutId: `h-${index}`, lines: [{ itemId: "rice", quantity: 1 }] });
      try {
        for (const event of supermarketDecider.decide(command, state, withResident)) {
          state = supermarketDecider.evolve(state, event);
        }
        outcomes.push("accepted");
      } catch (error) {
        outcomes.push(error instanceof DomainError ? error.code : "crashed");
      }
    }
    expect(outcomes.filter((outcome) => outcome === "accepted")).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === "stock_short")).toHaveLength(40);
    expect(outcomes.slice(0, 10).every((outcome) => outcome === "accepted")).toBe(true);
    expect(state.stock.get("rice")).toBe(0);
  });
});

describe("HandOut within the monthly limit", () => {
  it("given a limit of 20 and 15 received this month, handing out 5 more across items is accepted", () => {
    const lines = [
      { itemId: "rice", quantity: 4 },
      { itemId: "coat", quantity: 1 },
    ];
    given([
      ...stocked,
      limitSet(20),
      handedOut({ handoutId: "h-0", lines: [{ itemId: "rice", quantity: 15 }] }),
    ])
      .when(handOut({ lines }), withResident)
      .thenEmits([handedOut({ lines })]);
  });

  it("given a limit of 20 and 15 received this month, handing out 5.01 more is refused with monthly_limit_exceeded, saying what remains", () => {
    const history = [
      ...stocked,
      limitSet(20),
      handedOut({ handoutId: "h-0", lines: [{ itemId: "rice", quantity: 15 }] }),
    ];
    const lines = [
      { itemId: "rice", quantity: 4.01 },
      { itemId: "coat", quantity: 1 },
    ];
    given(history)
      .when(handOut({ lines }), withResident)
      .thenRefuses({ kind: "conflict", code: "monthly_limit_exceeded", field: "lines" });
    expect(() =>
      supermarketDecider.decide(handOut({ lines }), fold(supermarketDecider, history), withResident),
    ).toThrow("Resident r-1 may receive only 5 more in 2025-06 (monthly limit 20).");
  });

  it("counts against the month of the hand-out date: last month's goods leave this month free", () => {
    const history = [
      ...stocked,
      limitSet(20),
      handedOut({ handoutId: "h-0", handedOutOn: "2025-05-31", lines: [{ itemId: "rice", quantity: 20 }] }),
    ];
    given(history)
      .when(handOut({ handedOutOn: "2025-06-01" }), withResident)
      .thenEmits([handedOut({ handedOutOn: "2025-06-01" })]);
    given(history)
      .when(handOut({ handedOutOn: "2025-05-20" }), withResident)
      .thenRefuses({ kind: "conflict", code: "monthly_limit_exceeded", field: "lines" });
  });

  it("counts each resident separately", () => {
    given([...stocked, limitSet(10), handedOut({ handoutId: "h-0", residentId: "r-2" })])
      .when(handOut(), withResident)
      .thenEmits([handedOut()]);
  });

  it("given a limit lowered below what was received, nothing more may be handed out that month", () => {
    given([...stocked, limitSet(30), handedOut({ handoutId: "h-0" }), limitSet(5)])
      .when(handOut({ lines: [{ itemId: "coat", quantity: 1 }] }), withResident)
      .thenRefuses({ kind: "conflict", code: "monthly_limit_exceeded", field: "lines" });
  });

  it("given the limit was removed, hands out any amount in stock", () => {
    given([...stocked, limitSet(1), limitSet(null)])
      .when(handOut({ lines: twoLines }), withResident)
      .thenEmits([handedOut({ lines: twoLines })]);
  });
});
