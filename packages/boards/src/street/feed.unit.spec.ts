import type { AgreementEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { corrected, disputed, drafted, logged, signed, verified } from "../testing/community-fixtures.ts";
import { gmSigned, inXingfu, streetAfter, streetOpsOf, xfFacts } from "../testing/street-fixtures.ts";
import type { StreetBoard } from "./board.ts";

/** The same fact, under Guangming's second agreement with the school. */
const inA2 = (fact: AgreementEvent): AgreementEvent =>
  ({ ...fact, data: { ...fact.data, agreementId: "a2" } }) as AgreementEvent;

const feed = (board: StreetBoard) =>
  board.recentContributions.map(({ communityId, agreementId, contributionId, quantity, disputed }) => ({
    at: `${communityId}/${agreementId}/${contributionId}`,
    quantity,
    disputed,
  }));

const fix = { quantity: 10, verification: "disputed" } as const;

describe("the street board's contribution feed", () => {
  it("given a contribution logged, then its entry names its agreement and is not disputed", () => {
    const board = streetAfter(...gmSigned, logged("c1", 5, 4));
    expect(board.recentContributions).toEqual([
      expect.objectContaining({
        contributionId: "c1",
        agreementId: "a1",
        communityId: "gm",
        disputed: false,
      }),
    ]);
  });

  it("given the same contribution id in two communities and two agreements, when one is disputed, then only its entry is marked", () => {
    const board = streetAfter(
      ...gmSigned,
      ...xfFacts,
      inA2(drafted),
      inA2(signed),
      logged("c1", 10),
      inXingfu(logged("c1", 11)),
      inA2(logged("c1", 12)),
      disputed("c1", 10, "pending"),
    );
    expect(feed(board)).toEqual([
      { at: "gm/a2/c1", quantity: 12, disputed: false },
      { at: "xf/a1/c1", quantity: 11, disputed: false },
      { at: "gm/a1/c1", quantity: 10, disputed: true },
    ]);
  });

  it("given verified work, when it is disputed, then the entry is marked", () => {
    const board = streetAfter(
      ...gmSigned,
      logged("c1", 10),
      verified("c1", 10),
      disputed("c1", 10, "verified"),
    );
    expect(board.recentContributions[0]?.disputed).toBe(true);
  });

  it("given a disputed contribution, when it is corrected, then its entry takes the new quantity, date and people and is no longer disputed", () => {
    const board = streetAfter(
      ...gmSigned,
      logged("c1", 10, 8),
      logged("c2", 4, 2),
      disputed("c1", 10, "pending"),
      corrected("c1", fix, { quantity: 9, participants: 6 }),
    );
    expect(board.recentContributions[1]).toMatchObject({
      contributionId: "c1",
      quantity: 9,
      date: "2025-03-13",
      participants: 6,
      disputed: false,
    });
    expect(board.recentContributions[0]).toMatchObject({
      contributionId: "c2",
      quantity: 4,
      participants: 2,
    });
  });

  it("given the same contribution id in another community and agreement, when one is corrected, then the others keep their values", () => {
    const board = streetAfter(
      ...gmSigned,
      ...xfFacts,
      inA2(drafted),
      inA2(signed),
      logged("c1", 10),
      inA2(logged("c1", 12)),
      inXingfu(logged("c1", 11)),
      inXingfu(corrected("c1", { quantity: 11, verification: "pending" }, { quantity: 3, participants: 1 })),
    );
    expect(feed(board)).toEqual([
      { at: "xf/a1/c1", quantity: 3, disputed: false },
      { at: "gm/a2/c1", quantity: 12, disputed: false },
      { at: "gm/a1/c1", quantity: 10, disputed: false },
    ]);
  });

  it("given a contribution that left the street feed, when it is disputed or corrected, then the feed gets no op", () => {
    const many = Array.from({ length: 21 }, (_, i) => logged(`c${i}`, 1));
    const given = [...gmSigned, ...many];
    const feedPaths = (ops: ReturnType<typeof streetOpsOf>) =>
      ops.filter((op) => op.path[0] === "recentContributions");
    expect(feedPaths(streetOpsOf(given, disputed("c0", 1, "pending")))).toEqual([]);
    const correction = corrected(
      "c0",
      { quantity: 1, verification: "pending" },
      { quantity: 2, participants: 3 },
    );
    expect(feedPaths(streetOpsOf(given, correction))).toEqual([]);
  });
});
