import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  attend,
  attended,
  cancelled,
  cdc,
  elsewhere,
  held,
  scheduled,
  school,
  today,
} from "../testing/meetings-fixtures.ts";
import { meetingDecider } from "./decider.ts";

const given = scenario(meetingDecider);
const withSchool = { today, unit: school };

describe("RecordAttendance", () => {
  it("records the principal's attendance at a held meeting, copying the community id", () => {
    given([held()]).when(attend(), withSchool).thenEmits([attended()]);
  });

  it("records attendance on the meeting's own day", () => {
    given([scheduled({ date: today })])
      .when(attend(), withSchool)
      .thenEmits([attended()]);
  });

  it("records a unit as absent with nobody named", () => {
    const absent = attend({ attendance: "absent", attendeeName: undefined, note: "请假" });
    const { attendeeName: _, ...data } = absent.data;
    given([held()])
      .when({ type: "RecordAttendance", data }, withSchool)
      .thenEmits([
        { type: "AttendanceRecorded", data: { ...data, communityId: "guangming", corrects: false } },
      ]);
  });

  it("given the unit already recorded, recording again is a correction and says so", () => {
    given([held(), attended()])
      .when(attend({ attendance: "deputy", attendeeName: "张副校长" }), withSchool)
      .thenEmits([attended({ attendance: "deputy", attendeeName: "张副校长", corrects: true })]);
  });

  it("given only another unit recorded, recording this unit is not a correction", () => {
    given([held(), attended({ unitId: "cdc", attendeeName: "赵主任" })])
      .when(attend(), withSchool)
      .thenEmits([attended()]);
  });

  it("given no meeting, recording attendance is refused with meeting_not_found", () => {
    given([]).when(attend(), withSchool).thenRefuses({ kind: "not_found", code: "meeting_not_found" });
  });

  it("given a cancelled meeting, recording attendance is refused with meeting_cancelled", () => {
    given([held(), cancelled()])
      .when(attend(), withSchool)
      .thenRefuses({ kind: "conflict", code: "meeting_cancelled" });
  });

  it("given a meeting still ahead, recording attendance is refused with meeting_not_held_yet", () => {
    given([scheduled()])
      .when(attend(), withSchool)
      .thenRefuses({ kind: "conflict", code: "meeting_not_held_yet" });
  });

  it("given an unregistered unit, recording attendance is refused with unit_not_found", () => {
    given([held()])
      .when(attend(), { today, unit: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "unitId" });
  });

  it("given another unit's state, recording attendance is refused with unit_not_found", () => {
    given([held()])
      .when(attend(), { today, unit: cdc })
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "unitId" });
  });

  it("given a unit of another community, recording attendance is refused with unit_not_in_community", () => {
    given([held()])
      .when(attend({ unitId: "bureau-9" }), { today, unit: elsewhere })
      .thenRefuses({ kind: "conflict", code: "unit_not_in_community", field: "unitId" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the unit", () => {
    const state = meetingDecider.evolve(meetingDecider.initialState, held());
    const decide = () => meetingDecider.decide(attend(), state, { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });
});
