import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  coatAdded,
  donate,
  donated,
  handedOut,
  itemAdded,
  keeperName,
  loaded,
  today,
  voided,
  voidReceipt,
} from "../testing/supermarket-fixtures.ts";
import { supermarketDecider } from "./decider.ts";

const given = scenario(supermarketDecider);
const received = [itemAdded(), coatAdded(), donated()]; // receipt 2025-00001: 100 kg of rice
const context = { today, actorName: keeperName };

describe("VoidReceipt", () => {
  it("voids a receipt of this year with the reason, copying what it took in, today and by whom", () => {
    given(received).when(voidReceipt(), context).thenEmits([voided()]);
  });

  it("takes back money and every line of the receipt", () => {
    const lines = [
      { itemId: "rice", quantity: 20 },
      { itemId: "coat", quantity: 3 },
    ];
    given([itemAdded(), coatAdded(), donated({ lines, money: 500 })])
      .when(voidReceipt(), context)
      .thenEmits([voided({ lines, money: 500 })]);
  });

  it("refuses when goods of the receipt were handed out since, so stock would go below zero", () => {
    given([...received, handedOut({ lines: [{ itemId: "rice", quantity: 0.5 }] })])
      .when(voidReceipt(), context)
      .thenRefuses({ kind: "conflict", code: "stock_short", field: "receiptNo" });
  });

  it("refuses a receipt voided already with receipt_already_voided", () => {
    given([...received, voided()])
      .when(voidReceipt({ reason: "再次作废" }), context)
      .thenRefuses({ kind: "conflict", code: "receipt_already_voided", field: "receiptNo" });
  });

  it("refuses a number never issued with receipt_not_found", () => {
    for (const receiptNo of ["2025-00002", "2024-00001", "2026-00001"]) {
      given(received)
        .when(voidReceipt({ receiptNo }), context)
        .thenRefuses({ kind: "not_found", code: "receipt_not_found", field: "receiptNo" });
    }
  });

  it("refuses a receipt of a year that is over with receipt_year_closed, kept in state or not", () => {
    const lastYear = [itemAdded(), donated({ receivedOn: "2024-12-30" }, "2024-00001")];
    given(lastYear)
      .when(voidReceipt({ receiptNo: "2024-00001" }), { ...context, today: "2025-01-02" })
      .thenRefuses({ kind: "conflict", code: "receipt_year_closed", field: "receiptNo" });
    given([...lastYear, donated({ donationId: "d-2", receivedOn: "2025-01-02" }, "2025-00001")])
      .when(voidReceipt({ receiptNo: "2024-00001" }), { ...context, today: "2025-01-02" })
      .thenRefuses({ kind: "conflict", code: "receipt_year_closed", field: "receiptNo" });
  });

  it("leaves the voided number taken: the next donation gets the next number", () => {
    given([...received, voided()])
      .when(donate({ donationId: "d-2" }), loaded)
      .thenEmits([donated({ donationId: "d-2" }, "2025-00002")]);
  });

  it("fails loudly when the handler forgot to pass the name of whoever voids it", () => {
    const state = supermarketDecider.initialState;
    const decide = () =>
      supermarketDecider.decide(voidReceipt(), received.reduce(supermarketDecider.evolve, state), { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });
});
