import { describe, expect, it } from "vitest";
import { type FedEvent, foldBoards } from "../fold.ts";
import { type CatalogueBoard, catalogueBoardProjection } from "./projection.ts";

let position = 0;
const event = (type: string, data: Record<string, unknown>): FedEvent => ({
  type,
  data,
  streamId: `x-${++position}`,
  position,
  occurredAt: "2025-06-15T08:00:00.000Z",
});

const project = (events: FedEvent[]): CatalogueBoard =>
  foldBoards([catalogueBoardProjection], events).get("catalogue:gm")?.data as CatalogueBoard;

describe("catalogue board", () => {
  it("given things created in a community, then each is listed under its kind with its label", () => {
    const board = project([
      event("UnitRegistered", { unitId: "u1", communityId: "gm", name: "光明小学" }),
      event("TeamCreated", { teamId: "t1", communityId: "gm", name: "义务联防队" }),
      event("PostOpened", { postId: "p1", communityId: "gm", name: "治安巡逻岗" }),
      event("MeetingScheduled", { meetingId: "m1", communityId: "gm", title: "第三季度联席会议" }),
      event("AgreementDrafted", { agreementId: "a1", communityId: "gm", unitId: "u1" }),
    ]);
    expect(board.units).toEqual({ u1: "光明小学" });
    expect(board.teams).toEqual({ t1: "义务联防队" });
    expect(board.posts).toEqual({ p1: "治安巡逻岗" });
    expect(board.meetings).toEqual({ m1: "第三季度联席会议" });
    expect(board.agreements).toEqual({ a1: "u1" });
  });

  it("given an event that creates nothing, then no board is touched", () => {
    const e = event("ContributionLogged", { communityId: "gm", agreementId: "a1" });
    expect(foldBoards([catalogueBoardProjection], [e]).size).toBe(0);
  });

  it("given a creation, then it lands on the board of its own community only", () => {
    const e = event("PersonRegistered", { personId: "p9", communityId: "xh", name: "王芳" });
    expect([...foldBoards([catalogueBoardProjection], [e]).keys()]).toEqual(["catalogue:xh"]);
  });
});
