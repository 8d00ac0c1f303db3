import { describe, expect, it } from "vitest";
import { projectEvent } from "../fold.ts";
import {
  community,
  drafted,
  fulfilled,
  logged,
  school,
  stored,
  verified,
} from "../testing/community-fixtures.ts";
import {
  attended,
  boardsAfter,
  claim,
  closed,
  decision,
  decisionDone,
  donated,
  gmSigned,
  handedOut,
  inXingfu,
  meeting,
  post,
  projections,
  rice,
  street,
  streetAfter,
  streetOpsOf,
  teamFacts,
  xfFacts,
} from "../testing/street-fixtures.ts";
import { streetBoardProjection } from "./projection.ts";

describe("the street board", () => {
  it("given a registered street and community, then the street is named and the community has an empty summary", () => {
    const board = streetAfter(street, community);
    expect(board.name).toBe("东风路街道");
    expect(board.communities.gm).toMatchObject({
      name: "光明社区",
      units: 0,
      commitments: 0,
      openDeadlines: [],
    });
  });

  it("given a community's agreements, meetings, teams, posts and supermarket, then its summary rolls them all up", () => {
    const board = streetAfter(
      ...gmSigned,
      logged("c1", 120, 8),
      verified("c1", 120),
      meeting,
      decision("d1", "2025-08-01"),
      decision("d2", "2025-07-15"),
      decisionDone,
      ...teamFacts,
      post("p1", 3),
      post("p2", 2),
      claim("p1", "k1"),
      claim("p2", "k2"),
      closed,
      rice,
      donated("d1", "2025-06-01"),
      donated("d2", "2025-06-02"),
      handedOut,
    );
    expect(board.communities.gm).toEqual({
      communityId: "gm",
      name: "光明社区",
      units: 1,
      signedAgreements: 1,
      commitments: 1,
      fulfilled: 0,
      contributions: 1,
      participants: 8,
      hoursByMonth: { "2025-11": 3.3 },
      places: 3,
      claimed: 1,
      supermarketDays: {
        "2025-06-01": { donations: 1, handouts: 0 },
        "2025-06-02": { donations: 1, handouts: 1 },
      },
      openDeadlines: ["2025-06-30", "2025-08-01"],
    });
  });

  it("given a drafted agreement not yet signed, then its commitments are neither counted nor due", () => {
    const summary = streetAfter(street, community, school, drafted).communities.gm;
    expect(summary).toMatchObject({ signedAgreements: 0, commitments: 0, openDeadlines: [] });
  });

  it("given a commitment struck off, then it counts as fulfilled and its due date is no longer open", () => {
    const summary = streetAfter(...gmSigned, logged("c1", 200), verified("c1", 200), fulfilled(200))
      .communities.gm;
    expect(summary).toMatchObject({ commitments: 1, fulfilled: 1, openDeadlines: [] });
  });

  it("given a contribution logged, then only the changed figures are set and the street feed gains it", () => {
    const ops = streetOpsOf(gmSigned, logged("c1", 5, 4));
    expect(ops.map((op) => [op.op, op.path])).toEqual([
      ["set", ["communities", "gm", "contributions"]],
      ["set", ["communities", "gm", "participants"]],
      ["unshift", ["recentContributions"]],
    ]);
  });

  it("given a fact that changes no summary figure, then the street board gets no op", () => {
    expect(streetOpsOf([...gmSigned, meeting], attended)).toEqual([]);
    expect(streetOpsOf([...gmSigned, logged("c1", 5)], verified("c1", 5))).toEqual([]);
  });

  it("given contributions in two communities, then the street feed shows them newest first with their community", () => {
    const board = streetAfter(...gmSigned, ...xfFacts, logged("c1", 5, 4), inXingfu(logged("c2", 7, 2)));
    expect(board.recentContributions.map((c) => [c.contributionId, c.communityName, c.unitName])).toEqual([
      ["c2", "幸福社区", "幸福中学"],
      ["c1", "光明社区", "光明小学"],
    ]);
    expect(board.recentContributions[1]).toMatchObject({
      description: "植树",
      unitOfMeasure: "棵",
      quantity: 5,
      participants: 4,
    });
    expect(Object.keys(board.communities)).toEqual(["gm", "xf"]);
  });

  it("given more contributions than the street feed holds, then only the newest 20 are kept", () => {
    const many = Array.from({ length: 22 }, (_, i) => logged(`c${i}`, 1));
    const board = streetAfter(...gmSigned, ...many);
    expect(board.recentContributions).toHaveLength(20);
    expect(board.recentContributions[0]?.contributionId).toBe("c21");
  });

  it("given work logged against an agreement never seen, then the street feed does not show it", () => {
    const board = streetAfter(street, community, school, logged("c1", 5));
    expect(board.recentContributions).toEqual([]);
  });

  it("given a foreign event or a community the directory does not know, then no street board is touched", () => {
    const person = stored({
      type: "PersonRegistered",
      data: { personId: "p1", communityId: "gm", name: "王芳", kind: "resident_volunteer", skills: [] },
    });
    const boards = boardsAfter(...gmSigned);
    expect(streetBoardProjection.handles).not.toContain(person.type);
    const unknown = stored({ ...school, data: { ...school.data, communityId: "nowhere" } });
    expect(projectEvent(projections, unknown, boards).some((d) => d.boardId.startsWith("street:"))).toBe(
      false,
    );
  });
});
