import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  coatAdded,
  donate,
  donated,
  guangming,
  itemAdded,
  loaded,
  school,
  schoolIn,
  today,
} from "../testing/supermarket-fixtures.ts";
import { supermarketDecider } from "./decider.ts";
import type { SupermarketEvent } from "./events.ts";

const given = scenario(supermarketDecider);
const catalogue = [itemAdded(), coatAdded()];

/** `count` donations received in `year`, numbered 1..count. */
const donationsIn = (year: string, count: number): SupermarketEvent[] =>
  Array.from({ length: count }, (_, index) =>
    donated(
      { donationId: `d-${year}-${index}`, receivedOn: `${year}-03-01` },
      `${year}-${String(index + 1).padStart(5, "0")}`,
    ),
  );

describe("RecordDonation", () => {
  it("records a unit's donation of goods with the year's first receipt number", () => {
    given(catalogue).when(donate(), loaded).thenEmits([donated()]);
  });

  it("numbers receipts on from the last one of the year, five digits wide", () => {
    given([...catalogue, ...donationsIn("2025", 41)])
      .when(donate(), loaded)
      .thenEmits([donated({}, "2025-00042")]);
  });

  it("starts each year's receipts at 1 and continues a past year's sequence for a late entry", () => {
    const history = [...catalogue, ...donationsIn("2024", 3), ...donationsIn("2025", 7)];
    given(history)
      .when(donate({ receivedOn: "2026-01-02" }), { ...loaded, today: "2026-01-05" })
      .thenEmits([donated({ receivedOn: "2026-01-02" }, "2026-00001")]);
    given(history)
      .when(donate({ receivedOn: "2024-12-30" }), loaded)
      .thenEmits([donated({ receivedOn: "2024-12-30" }, "2024-00004")]);
  });

  it("records a named person's or an anonymous gift of money alone, without loading a unit", () => {
    const person = { kind: "person" as const, name: "张阿姨" };
    given([])
      .when(donate({ donor: person, lines: [], money: 500 }), { today, community: guangming })
      .thenEmits([donated({ donor: person, lines: [], money: 500 })]);
    given([])
      .when(donate({ donor: { kind: "anonymous" }, lines: [], money: 0.5 }), { today, community: guangming })
      .thenEmits([donated({ donor: { kind: "anonymous" }, lines: [], money: 0.5 })]);
  });

  it("records goods and money together, with a note, received today", () => {
    const data = {
      lines: [
        { itemId: "rice", quantity: 25.5 },
        { itemId: "coat", quantity: 30 },
      ],
      money: 1000,
      note: "六一捐赠",
      receivedOn: today,
    };
    given(catalogue)
      .when(donate(data), loaded)
      .thenEmits([donated(data)]);
  });

  it("given the donation is recorded, recording it again is refused with donation_already_recorded", () => {
    given([...catalogue, donated()])
      .when(donate(), loaded)
      .thenRefuses({ kind: "conflict", code: "donation_already_recorded", field: "donationId" });
  });

  it("refuses a receipt date after today with date_in_future", () => {
    given(catalogue)
      .when(donate({ receivedOn: "2025-06-16" }), loaded)
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "receivedOn" });
  });

  it("refuses a line whose item is not in the catalogue with item_not_found at that line", () => {
    const lines = [
      { itemId: "rice", quantity: 1 },
      { itemId: "oil", quantity: 2 },
    ];
    given(catalogue)
      .when(donate({ lines }), loaded)
      .thenRefuses({ kind: "not_found", code: "item_not_found", field: "lines.1.itemId" });
  });

  it("refuses a donor unit that is not registered with unit_not_found", () => {
    given(catalogue)
      .when(donate(), { ...loaded, donorUnit: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "donor.unitId" });
  });

  it("refuses with unit_not_found when the unit state passed is another unit's", () => {
    given(catalogue)
      .when(donate({ donor: { kind: "unit", unitId: "hospital-1" } }), loaded)
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "donor.unitId" });
  });

  it("refuses a donor unit of another community with unit_not_in_community", () => {
    given(catalogue)
      .when(donate(), { ...loaded, donorUnit: schoolIn("dongfeng") })
      .thenRefuses({ kind: "conflict", code: "unit_not_in_community", field: "donor.unitId" });
  });

  it("refuses a community that is not registered with community_not_found", () => {
    given([])
      .when(donate({ donor: { kind: "anonymous" }, lines: [], money: 10 }), {
        today,
        community: { status: "none" },
      })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("fails loudly when the handler forgot to load the community or the donor unit", () => {
    const state = supermarketDecider.initialState;
    const noCommunity = () => supermarketDecider.decide(donate(), state, { today, donorUnit: school });
    const noUnit = () => supermarketDecider.decide(donate(), state, { today, community: guangming });
    for (const decide of [noCommunity, noUnit]) {
      expect(decide).toThrow(Error);
      expect(decide).not.toThrow(DomainError);
    }
  });
});
