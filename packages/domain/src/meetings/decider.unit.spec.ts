import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  attended,
  cancel,
  cancelled,
  decided,
  guangming,
  held,
  reschedule,
  rescheduled,
  schedule,
  scheduled,
  today,
} from "../testing/meetings-fixtures.ts";
import { meetingDecider } from "./decider.ts";
import { meetingStream } from "./events.ts";

const given = scenario(meetingDecider);
const withCommunity = { today, community: guangming };

describe("meeting stream", () => {
  it("is named by the meeting id", () => {
    expect(meetingStream("m-2025-2")).toBe("meeting-m-2025-2");
  });
});

describe("ScheduleMeeting", () => {
  it("schedules a meeting of a registered community", () => {
    given([]).when(schedule(), withCommunity).thenEmits([scheduled()]);
  });

  it("records a past meeting up to exactly a year back", () => {
    given([])
      .when(schedule({ date: "2024-06-15" }), withCommunity)
      .thenEmits([scheduled({ date: "2024-06-15" })]);
  });

  it("plans a meeting up to exactly two years ahead", () => {
    given([])
      .when(schedule({ date: "2027-06-15" }), withCommunity)
      .thenEmits([scheduled({ date: "2027-06-15" })]);
  });

  it("given a meeting more than a year back, scheduling is refused with date_too_far_back", () => {
    given([])
      .when(schedule({ date: "2024-06-14" }), withCommunity)
      .thenRefuses({ kind: "validation", code: "date_too_far_back", field: "date" });
  });

  it("given a date more than two years ahead, scheduling is refused with date_too_far_ahead", () => {
    given([])
      .when(schedule({ date: "2027-06-16" }), withCommunity)
      .thenRefuses({ kind: "validation", code: "date_too_far_ahead", field: "date" });
  });

  it("given an existing meeting, scheduling it again is refused with meeting_already_exists", () => {
    given([scheduled()])
      .when(schedule(), withCommunity)
      .thenRefuses({ kind: "conflict", code: "meeting_already_exists" });
    given([scheduled(), cancelled()])
      .when(schedule(), withCommunity)
      .thenRefuses({ kind: "conflict", code: "meeting_already_exists" });
  });

  it("given an unregistered community, scheduling is refused with community_not_found", () => {
    given([])
      .when(schedule(), { today, community: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("given another community's state, scheduling is refused with community_not_found", () => {
    given([])
      .when(schedule({ communityId: "dongfeng-1" }), withCommunity)
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the community", () => {
    const decide = () => meetingDecider.decide(schedule(), meetingDecider.initialState, { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });
});

describe("RescheduleMeeting", () => {
  it("moves an upcoming meeting, copying the community id", () => {
    given([scheduled()]).when(reschedule(), { today }).thenEmits([rescheduled()]);
  });

  it("moves a meeting on its own day while nothing is recorded, leaving out the start time", () => {
    const { startTime: _, ...untimed } = reschedule({ date: today }).data;
    given([scheduled({ date: today })])
      .when({ type: "RescheduleMeeting", data: untimed }, { today })
      .thenEmits([{ type: "MeetingRescheduled", data: { ...untimed, communityId: "guangming" } }]);
  });

  it("given no meeting, rescheduling is refused with meeting_not_found", () => {
    given([]).when(reschedule(), { today }).thenRefuses({ kind: "not_found", code: "meeting_not_found" });
  });

  it("given a cancelled meeting, rescheduling is refused with meeting_cancelled", () => {
    given([scheduled(), cancelled()])
      .when(reschedule(), { today })
      .thenRefuses({ kind: "conflict", code: "meeting_cancelled" });
  });

  it("given a meeting whose day has passed, rescheduling is refused with meeting_already_held", () => {
    given([held()])
      .when(reschedule(), { today })
      .thenRefuses({ kind: "conflict", code: "meeting_already_held" });
  });

  it("given attendance recorded today, rescheduling is refused with meeting_already_held", () => {
    given([scheduled({ date: today }), attended()])
      .when(reschedule(), { today })
      .thenRefuses({ kind: "conflict", code: "meeting_already_held" });
  });

  it("given a decision recorded today, rescheduling is refused with meeting_already_held", () => {
    given([scheduled({ date: today }), decided()])
      .when(reschedule(), { today })
      .thenRefuses({ kind: "conflict", code: "meeting_already_held" });
  });

  it("given a new date that has passed, rescheduling is refused with date_in_past", () => {
    given([scheduled()])
      .when(reschedule({ date: "2025-06-14" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_past", field: "date" });
  });

  it("given a new date more than two years ahead, rescheduling is refused with date_too_far_ahead", () => {
    given([scheduled()])
      .when(reschedule({ date: "2027-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_too_far_ahead", field: "date" });
  });
});

describe("CancelMeeting", () => {
  it("cancels an upcoming meeting with its reason, copying the community id", () => {
    given([scheduled()]).when(cancel(), { today }).thenEmits([cancelled()]);
  });

  it("cancels a past meeting at which nothing was recorded", () => {
    given([held()]).when(cancel(), { today }).thenEmits([cancelled()]);
  });

  it("given no meeting, cancelling is refused with meeting_not_found", () => {
    given([]).when(cancel(), { today }).thenRefuses({ kind: "not_found", code: "meeting_not_found" });
  });

  it("given a cancelled meeting, cancelling again is refused with meeting_cancelled", () => {
    given([scheduled(), cancelled()])
      .when(cancel(), { today })
      .thenRefuses({ kind: "conflict", code: "meeting_cancelled" });
  });

  it("given attendance recorded, cancelling is refused with meeting_already_held", () => {
    given([held(), attended()])
      .when(cancel(), { today })
      .thenRefuses({ kind: "conflict", code: "meeting_already_held" });
  });

  it("given a decision recorded, cancelling is refused with meeting_already_held", () => {
    given([held(), decided()])
      .when(cancel(), { today })
      .thenRefuses({ kind: "conflict", code: "meeting_already_held" });
  });
});
