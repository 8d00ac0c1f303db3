import type { AgreementEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import type { CommunityBoard } from "../community/board.ts";
import { projectEvent } from "../fold.ts";
import type { PostsBoard } from "../posts/board.ts";
import type { BoardSnapshot } from "../protocol/messages.ts";
import type { SupermarketBoard } from "../supermarket/board.ts";
import {
  community,
  corrected,
  drafted,
  fulfilled,
  logged,
  reopened,
  school,
  signed,
  stored,
  terminated,
  verified,
} from "../testing/community-fixtures.ts";
import {
  claim,
  closed,
  decision,
  decisionDone,
  donated,
  handedOut,
  meeting,
  post,
  projections,
  rice,
  type StreetFact,
  street,
  teamFacts,
  voided,
  xfFacts,
} from "../testing/street-fixtures.ts";
import type { StreetBoard } from "./board.ts";
import { communitySummary, sameJson } from "./summary.ts";

/** A correction of k1 that says how many took part before, as the domain now records it. */
const correctedSaying = (previousParticipants: number): AgreementEvent => {
  const event = corrected("k1", { quantity: 5, verification: "pending" }, { quantity: 6, participants: 9 });
  return event.type === "ContributionCorrected"
    ? { ...event, data: { ...event.data, previousParticipants } }
    : event;
};

describe("comparing summaries", () => {
  it("given the same values with keys in another order, then they are the same", () => {
    const stored = { b: [1, { y: "2025-06", x: 2 }], a: { "2025-06-01": { handouts: 1, donations: 0 } } };
    const fresh = { a: { "2025-06-01": { donations: 0, handouts: 1 } }, b: [1, { x: 2, y: "2025-06" }] };
    expect(sameJson(stored, fresh)).toBe(true);
  });

  it("given one figure, list order or key that differs, then they are not the same", () => {
    expect(sameJson({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    expect(sameJson({ d: ["2025-06-01", "2025-07-01"] }, { d: ["2025-07-01", "2025-06-01"] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(sameJson([], {})).toBe(false);
  });
});

describe("the street's tally against the community's boards", () => {
  const log: StreetFact[] = [
    street,
    community,
    school,
    drafted,
    signed,
    ...xfFacts,
    meeting,
    decision("d1", "2025-07-01"),
    decision("d2", "2025-06-01"),
    decisionDone,
    ...teamFacts,
    post("p1", 2),
    post("p2", 1),
    claim("p1", "c1"),
    claim("p1", "c2"),
    claim("p1", "c3"),
    claim("p2", "c4"),
    closed,
    rice,
    donated("don-1", "2025-06-01"),
    donated("don-2", "2025-06-02"),
    handedOut,
    voided("don-1", "2025-06-01"),
    logged("k1", 5, 4),
    logged("k2", 7, 2),
    correctedSaying(4),
    verified("k2", 7),
    fulfilled(200),
    reopened("k2", 0),
    terminated,
  ];

  it("given the same log, when each event lands, then every community's line equals what the summary of its boards gives", () => {
    const boards = new Map<string, BoardSnapshot>();
    for (const fact of log) {
      projectEvent(projections, stored(fact), boards);
      const streetBoard = boards.get("street:dongfeng")?.data as StreetBoard | undefined;
      for (const communityId of ["gm", "xf"]) {
        const communityBoard = boards.get(`community:${communityId}`)?.data as CommunityBoard | undefined;
        if (!communityBoard || !streetBoard) continue;
        const expected = communitySummary(
          communityBoard,
          boards.get(`posts:${communityId}`)?.data as PostsBoard | undefined,
          boards.get(`supermarket:${communityId}`)?.data as SupermarketBoard | undefined,
        );
        expect(streetBoard.communities[communityId], `${fact.type} in ${communityId}`).toEqual(expected);
      }
    }
    const last = boards.get("street:dongfeng")?.data as StreetBoard | undefined;
    expect(Object.keys(last?.communities ?? {})).toEqual(["gm", "xf"]);
    expect(last?.communities.gm).toMatchObject({ contributions: 2, participants: 11, places: 2, claimed: 2 });
  });
});
