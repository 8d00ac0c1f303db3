import type { CommunityBoard } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { setupCounts } from "./counts.ts";

const board: CommunityBoard = {
  communityId: "gm",
  streetId: "s",
  name: "光明社区",
  street: "街道",
  units: {
    u1: { unitId: "u1", name: "一中", kind: "school", inServiceMembers: 10, contributions: 0 },
    u2: { unitId: "u2", name: "医院", kind: "hospital", inServiceMembers: 5, contributions: 0 },
  },
  agreements: {
    a1: {
      agreementId: "a1",
      unitId: "u1",
      title: "t",
      status: "signed",
      termStart: "2025-01-01",
      termEnd: "2025-12-31",
      signedOn: "2025-01-05",
      meetingId: null,
      commitments: {},
    },
    a2: {
      agreementId: "a2",
      unitId: "u2",
      title: "t",
      status: "draft",
      termStart: "2026-01-01",
      termEnd: "2026-12-31",
      signedOn: null,
      meetingId: null,
      commitments: {},
    },
    a3: {
      agreementId: "a3",
      unitId: "u2",
      title: "t",
      status: "expired",
      termStart: "2024-01-01",
      termEnd: "2024-12-31",
      signedOn: "2024-01-05",
      meetingId: null,
      commitments: {},
    },
  },
  recentContributions: [],
  totals: { contributions: 0, participants: 0 },
  meetings: {
    past: {
      meetingId: "past",
      title: "",
      date: "2025-03-01",
      startTime: null,
      place: "",
      status: "scheduled",
      attendance: {},
    },
    today: {
      meetingId: "today",
      title: "",
      date: "2025-06-15",
      startTime: null,
      place: "",
      status: "scheduled",
      attendance: {},
    },
    off: {
      meetingId: "off",
      title: "",
      date: "2025-07-01",
      startTime: null,
      place: "",
      status: "cancelled",
      attendance: {},
    },
  },
  decisions: {
    d1: {
      decisionId: "d1",
      meetingId: "past",
      text: "",
      assignedUnitIds: ["u1"],
      deadline: "2025-04-01",
      doneOn: null,
    },
    d2: {
      decisionId: "d2",
      meetingId: "past",
      text: "",
      assignedUnitIds: ["u1"],
      deadline: "2025-04-01",
      doneOn: "2025-03-20",
    },
  },
  teams: {
    t1: { teamId: "t1", name: "义务联防队", category: "joint_patrol", members: 12, hoursByMonth: {} },
  },
};

describe("the setup hub's figures", () => {
  it("given a community board, then units and members, agreements by status, meetings to come, open decisions and teams are counted", () => {
    expect(setupCounts(board, "2025-06-15")).toEqual({
      units: 2,
      inServiceMembers: 15,
      agreements: { total: 3, signed: 1, draft: 1 },
      meetings: { total: 3, upcoming: 1 },
      openDecisions: 1,
      teams: 1,
      teamMembers: 12,
    });
  });
});
