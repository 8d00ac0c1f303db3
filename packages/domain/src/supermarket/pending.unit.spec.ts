import { describe, it } from "vitest";
import { scenario } from "../testing/given.ts";
import {
  accept,
  announce,
  announced,
  coatAdded,
  decline,
  declined,
  donated,
  guangming,
  itemAdded,
  loaded,
  schoolIn,
  today,
} from "../testing/supermarket-fixtures.ts";
import { supermarketDecider } from "./decider.ts";

const given = scenario(supermarketDecider);
const catalogue = [itemAdded(), coatAdded()];
const waiting = [...catalogue, announced()];
const twoLines = [
  { itemId: "rice", quantity: 100 },
  { itemId: "coat", quantity: 12 },
];

describe("AnnounceDonation (a liaison records their unit's donation)", () => {
  it("announces the donation without a receipt number: the form's date is the day it was given", () => {
    given(catalogue).when(announce(), loaded).thenEmits([announced()]);
  });

  it("is held to the same checks as a recorded donation: a new id, a past date, a unit of the community", () => {
    given([...catalogue, donated()])
      .when(announce(), loaded)
      .thenRefuses({ kind: "conflict", code: "donation_already_recorded", field: "donationId" });
    given(waiting)
      .when(announce(), loaded)
      .thenRefuses({ kind: "conflict", code: "donation_already_recorded", field: "donationId" });
    given(catalogue)
      .when(announce({ receivedOn: "2025-06-16" }), loaded)
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "receivedOn" });
    given(catalogue)
      .when(announce(), { ...loaded, donorUnit: schoolIn("dongfeng") })
      .thenRefuses({ kind: "conflict", code: "unit_not_in_community", field: "donor.unitId" });
  });

  it("asks for confirmation of a figure far beyond the usual, as a recorded donation does", () => {
    const lines = [{ itemId: "rice", quantity: 5000 }];
    given(catalogue)
      .when(announce({ lines }), loaded)
      .thenRefuses({ kind: "validation", code: "quantity_implausible", field: "lines.0.quantity" });
    given(catalogue)
      .when(announce({ lines, confirmed: true }), loaded)
      .thenEmits([announced({ lines })]);
  });
});

describe("AcceptDonation (the keeper confirms it arrived)", () => {
  it("receives the announced donation today with the year's next receipt number", () => {
    given([...waiting, donated({ donationId: "d-0" }, "2025-00001")])
      .when(accept(), { today })
      .thenEmits([donated({ receivedOn: today }, "2025-00002")]);
  });

  it("dates the receipt the day the keeper says the goods arrived, between the giving and today", () => {
    given(waiting)
      .when(accept({ receivedOn: "2025-06-11" }), { today })
      .thenEmits([donated({ receivedOn: "2025-06-11" })]);
    given(waiting)
      .when(accept({ receivedOn: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "receivedOn" });
    given(waiting)
      .when(accept({ receivedOn: "2025-06-09" }), { today })
      .thenRefuses({ kind: "validation", code: "date_before_given", field: "receivedOn" });
  });

  it("numbers the receipt in the year it was received: one given in December and accepted in January opens January's sequence", () => {
    given([...catalogue, donated({ donationId: "d-0" }, "2025-00007"), announced({ givenOn: "2025-12-30" })])
      .when(accept(), { today: "2026-01-04" })
      .thenEmits([donated({ receivedOn: "2026-01-04" }, "2026-00001")]);
  });

  it("takes in less than announced when that is what arrived, keeping the money", () => {
    const history = [...catalogue, announced({ lines: twoLines, money: 200 })];
    given(history)
      .when(accept({ lines: [{ itemId: "coat", quantity: 10 }] }), { today })
      .thenEmits([donated({ receivedOn: today, lines: [{ itemId: "coat", quantity: 10 }], money: 200 })]);
  });

  it("refuses an item that was not announced, or more than was announced, at that line", () => {
    given(waiting)
      .when(accept({ lines: [{ itemId: "coat", quantity: 1 }] }), { today })
      .thenRefuses({ kind: "conflict", code: "item_not_announced", field: "lines.0.itemId" });
    given(waiting)
      .when(accept({ lines: [{ itemId: "rice", quantity: 100.5 }] }), { today })
      .thenRefuses({ kind: "conflict", code: "more_than_announced", field: "lines.0.quantity" });
  });

  it("refuses taking in nothing at all: that is declining it", () => {
    given(waiting)
      .when(accept({ lines: [] }), { today })
      .thenRefuses({ kind: "validation", code: "donation_empty", field: "lines" });
  });

  it("asks the keeper, too, to confirm a figure far beyond the usual before it enters stock", () => {
    const lines = [{ itemId: "rice", quantity: 5000 }];
    const history = [...catalogue, announced({ lines })];
    given(history)
      .when(accept(), { today })
      .thenRefuses({ kind: "validation", code: "quantity_implausible", field: "lines.0.quantity" });
    given(history)
      .when(accept({ confirmed: true }), { today })
      .thenEmits([donated({ receivedOn: today, lines })]);
  });

  it("refuses a donation never announced with donation_not_found, one received or declined with donation_not_pending", () => {
    given(catalogue)
      .when(accept(), { today })
      .thenRefuses({ kind: "not_found", code: "donation_not_found", field: "donationId" });
    for (const settled of [donated(), declined()]) {
      given([...waiting, settled])
        .when(accept(), { today })
        .thenRefuses({ kind: "conflict", code: "donation_not_pending", field: "donationId" });
    }
    // A donation the keeper recorded directly was never waiting either.
    given([...catalogue, donated()])
      .when(accept(), { today })
      .thenRefuses({ kind: "conflict", code: "donation_not_pending", field: "donationId" });
  });
});

describe("DeclineDonation (the keeper did not receive it)", () => {
  it("declines the announced donation with the reason, today, naming its donor", () => {
    given(waiting)
      .when(decline({ reason: "物资未送到" }), { today, community: guangming })
      .thenEmits([declined({ reason: "物资未送到" })]);
  });

  it("refuses one never announced, received or declined already", () => {
    given(catalogue)
      .when(decline(), { today })
      .thenRefuses({ kind: "not_found", code: "donation_not_found", field: "donationId" });
    given([...waiting, declined()])
      .when(decline(), { today })
      .thenRefuses({ kind: "conflict", code: "donation_not_pending", field: "donationId" });
    given([...waiting, donated()])
      .when(decline(), { today })
      .thenRefuses({ kind: "conflict", code: "donation_not_pending", field: "donationId" });
  });
});
