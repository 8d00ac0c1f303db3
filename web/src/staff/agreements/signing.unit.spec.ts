import type { BoardMeeting } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { signingMeetings } from "./signing.ts";

const meeting = (
  meetingId: string,
  date: string,
  status: BoardMeeting["status"] = "scheduled",
): BoardMeeting => ({
  meetingId,
  title: meetingId,
  date,
  startTime: null,
  place: "会议室",
  status,
  attendance: {},
});

describe("the meetings an agreement can be signed at", () => {
  const term = { termStart: "2026-01-01", termEnd: "2026-12-31" };

  it("given meetings held, to come, cancelled and too early, then only those held in the window are offered, newest first", () => {
    const offered = signingMeetings(
      [
        meeting("too-early", "2024-12-20"),
        meeting("held", "2025-12-20"),
        meeting("held-later", "2026-01-10"),
        meeting("called-off", "2026-01-05", "cancelled"),
        meeting("to-come", "2026-03-01"),
      ],
      term,
      "2026-02-01",
    );
    expect(offered.map((m) => m.meetingId)).toEqual(["held-later", "held"]);
  });

  it("given today's meeting, then it is offered", () => {
    expect(signingMeetings([meeting("today", "2026-02-01")], term, "2026-02-01")).toHaveLength(1);
  });
});
