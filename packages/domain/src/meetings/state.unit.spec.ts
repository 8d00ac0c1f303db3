import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import {
  attended,
  cancelled,
  decided,
  done,
  held,
  rescheduled,
  scheduleData,
  scheduled,
} from "../testing/meetings-fixtures.ts";
import { meetingDecider } from "./decider.ts";
import type { MeetingState } from "./state.ts";

const existing = (state: MeetingState) => {
  if (state.status === "none") throw new Error("expected a meeting");
  return state;
};

describe("meeting evolve", () => {
  it("starts empty, then holds the scheduled meeting with nothing recorded", () => {
    expect(fold(meetingDecider, [])).toEqual({ status: "none" });
    expect(fold(meetingDecider, [scheduled()])).toEqual({
      ...scheduleData(),
      status: "scheduled",
      attendance: new Map(),
      decisions: new Map(),
    });
  });

  it("replaces date, start time and place on rescheduling", () => {
    const state = existing(fold(meetingDecider, [scheduled(), rescheduled()]));
    expect(state).toMatchObject({ date: "2025-06-27", startTime: "14:00", place: "光明小学礼堂" });
    expect(state.communityId).toBe("guangming");
  });

  it("keeps the reason on cancelling", () => {
    expect(fold(meetingDecider, [scheduled(), cancelled()])).toMatchObject({
      status: "cancelled",
      cancelReason: "防汛值班，会议取消",
    });
  });

  it("keeps each unit's last attendance record", () => {
    const state = existing(
      fold(meetingDecider, [
        held(),
        attended(),
        attended({ unitId: "cdc", attendance: "absent", attendeeName: undefined }),
        attended({ attendance: "deputy", attendeeName: "张副校长", corrects: true }),
      ]),
    );
    expect([...state.attendance]).toEqual([
      ["school-1", { attendance: "deputy", attendeeName: "张副校长", note: "" }],
      ["cdc", { attendance: "absent", note: "" }],
    ]);
  });

  it("holds decisions with their assigned units and deadline, then marks them done", () => {
    const recorded = existing(fold(meetingDecider, [held(), decided()]));
    expect(recorded.decisions.get("d-1")).toEqual({
      decisionId: "d-1",
      text: "七月底前完成小区绿化补种",
      assignedUnitIds: ["school-1", "cdc"],
      deadline: "2025-07-31",
    });
    const finished = existing(meetingDecider.evolve(recorded, done()));
    expect(finished.decisions.get("d-1")?.done).toEqual({ doneOn: "2025-06-14", note: "补种40棵" });
    // Folding further never changes an earlier state.
    expect(recorded.decisions.get("d-1")?.done).toBeUndefined();
  });

  it("ignores events that cannot follow the current status", () => {
    expect(fold(meetingDecider, [attended(), decided()])).toEqual({ status: "none" });
    const cancelledState = fold(meetingDecider, [held(), cancelled()]);
    expect(fold(meetingDecider, [held(), cancelled(), attended()])).toEqual(cancelledState);
    expect(fold(meetingDecider, [held(), scheduled({ title: "重复" })])).toEqual(
      fold(meetingDecider, [held()]),
    );
    expect(fold(meetingDecider, [held(), done()])).toEqual(fold(meetingDecider, [held()]));
  });

  it("keeps the first done record of a decision", () => {
    const state = existing(fold(meetingDecider, [held(), decided(), done(), done({ doneOn: "2025-06-15" })]));
    expect(state.decisions.get("d-1")?.done?.doneOn).toBe("2025-06-14");
  });
});
