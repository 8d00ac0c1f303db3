import type { CobuildEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { type FedEvent, foldBoards } from "../fold.ts";
import { type CatalogueBoard, catalogueBoardProjection } from "./projection.ts";

let position = 0;
const event = (fact: CobuildEvent): FedEvent => ({
  ...fact,
  streamId: `x-${++position}`,
  position,
  occurredAt: "2025-06-15T08:00:00.000Z",
});

const project = (events: FedEvent[]): CatalogueBoard =>
  foldBoards([catalogueBoardProjection], events).get("catalogue:gm")?.data as CatalogueBoard;

describe("catalogue board", () => {
  it("given things created in a community, then each is listed under its kind with its label", () => {
    const board = project([
      event({
        type: "UnitRegistered",
        data: {
          unitId: "u1",
          communityId: "gm",
          name: "光明小学",
          kind: "school",
          partyOrganisation: "光明小学党支部",
          inServiceMembers: 3,
        },
      }),
      event({
        type: "TeamCreated",
        data: {
          teamId: "t1",
          communityId: "gm",
          category: "joint_patrol",
          name: "义务联防队",
          description: "",
        },
      }),
      event({
        type: "PostOpened",
        data: {
          postId: "p1",
          communityId: "gm",
          name: "治安巡逻岗",
          category: "security_patrol",
          places: 4,
          schedule: { kind: "period", from: "2026-01-01", to: "2026-12-31" },
          area: "一号楼至五号楼",
          description: "夜间巡逻",
        },
      }),
      event({
        type: "MeetingScheduled",
        data: {
          meetingId: "m1",
          communityId: "gm",
          title: "第三季度联席会议",
          date: "2025-09-20",
          place: "社区党群服务中心",
          agenda: [{ title: "通报协议进展" }],
        },
      }),
      event({
        type: "AgreementDrafted",
        data: {
          agreementId: "a1",
          communityId: "gm",
          unitId: "u1",
          title: "2025 共驻共建协议",
          termStart: "2025-01-01",
          termEnd: "2025-12-31",
          commitments: [
            {
              commitmentId: "trees",
              category: "environment",
              description: "植树",
              targetQuantity: 200,
              unitOfMeasure: "棵",
              dueDate: "2025-06-30",
            },
          ],
        },
      }),
    ]);
    expect(board.units).toEqual({ u1: "光明小学" });
    expect(board.teams).toEqual({ t1: "义务联防队" });
    expect(board.posts).toEqual({ p1: "治安巡逻岗" });
    expect(board.meetings).toEqual({ m1: "第三季度联席会议" });
    expect(board.agreements).toEqual({ a1: "u1" });
  });

  it("given an event that creates nothing, then no board is touched", () => {
    const e = event({
      type: "ContributionLogged",
      data: {
        agreementId: "a1",
        communityId: "gm",
        unitId: "u1",
        contributionId: "c1",
        commitmentId: "trees",
        quantity: 5,
        date: "2025-03-12",
        participants: 4,
        note: "",
      },
    });
    expect(foldBoards([catalogueBoardProjection], [e]).size).toBe(0);
  });

  it("given a creation, then it lands on the board of its own community only", () => {
    const e = event({
      type: "PersonRegistered",
      data: { personId: "p9", communityId: "xh", name: "王芳", kind: "resident_volunteer", skills: [] },
    });
    expect([...foldBoards([catalogueBoardProjection], [e]).keys()]).toEqual(["catalogue:xh"]);
  });
});
