import type { PledgeEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { foldBoards } from "../fold.ts";
import type { ProjectedEvent } from "../projection.ts";
import type { PledgeRatesBoard } from "./board.ts";
import { pledgeRatesProjection } from "./projection.ts";

let position = 0;
const stored = (event: PledgeEvent): ProjectedEvent => ({
  ...event,
  streamId: `pledge-${event.data.pledgeId}`,
  position: ++position,
  occurredAt: "2025-06-15T08:00:00.000Z",
});

const given = (...events: PledgeEvent[]) =>
  foldBoards([pledgeRatesProjection], events.map(stored)).get("pledge-rates:dongfeng")?.data as
    | PledgeRatesBoard
    | undefined;

const made = (pledgeId: string, communityId: string, kind: "committee" | "cadre", dueOn = "2025-12-31") =>
  ({
    type: "PledgeMade",
    data: {
      pledgeId,
      communityId,
      streetId: "dongfeng",
      pledger: kind === "cadre" ? { kind, name: "王主任" } : { kind },
      content: "承诺",
      category: "service",
      madeTo: "residents",
      dueOn,
      madeOn: "2025-01-10",
    },
  }) satisfies PledgeEvent;
const struckOff = (pledgeId: string, communityId: string): PledgeEvent => ({
  type: "PledgeStruckOff",
  data: { pledgeId, communityId, fulfilmentId: "f1", verifiedOn: "2025-06-01" },
});
const withdrawn = (pledgeId: string, communityId: string): PledgeEvent => ({
  type: "PledgeWithdrawn",
  data: { pledgeId, communityId, reason: "重复", withdrawnOn: "2025-06-01" },
});

describe("the street's pledge rates", () => {
  it("counts each community's pledges in the year they fall due, by kind, and the street's total", () => {
    const board = given(
      made("a", "gm", "committee"),
      made("b", "gm", "cadre"),
      made("c", "xf", "committee"),
      made("d", "xf", "committee", "2026-03-01"),
      struckOff("a", "gm"),
      struckOff("c", "xf"),
      withdrawn("b", "gm"),
    );
    expect(board?.years["2025"]).toEqual({
      total: { made: 2, struckOff: 2 },
      byKind: { committee: { made: 2, struckOff: 2 }, cadre: { made: 0, struckOff: 0 } },
      byCommunity: { gm: { made: 1, struckOff: 1 }, xf: { made: 1, struckOff: 1 } },
    });
    expect(board?.years["2026"]?.byCommunity).toEqual({ xf: { made: 1, struckOff: 0 } });
  });

  it("ignores a strike-off of a pledge it never saw made", () => {
    expect(given(struckOff("ghost", "gm"))).toBeUndefined();
  });
});
