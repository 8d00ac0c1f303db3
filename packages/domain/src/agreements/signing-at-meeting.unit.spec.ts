import { describe, it } from "vitest";
import type { MeetingView } from "../shared/views.ts";
import { drafted, sign, signed, today } from "../testing/agreements-fixtures.ts";
import { scenario } from "../testing/given.ts";
import { agreementDecider } from "./decider.ts";

const given = scenario(agreementDecider);

const meeting = (overrides: Partial<MeetingView> = {}): MeetingView => ({
  meetingId: "jm-q1",
  communityId: "guangming",
  date: "2025-01-10",
  cancelled: false,
  ...overrides,
});

describe("SignAgreement at a joint meeting (联席会议上签订)", () => {
  it("signs at one of the community's meetings, on its date, and records the meeting", () => {
    given([drafted()])
      .when(sign({ meetingId: "jm-q1" }), { today, meeting: meeting() })
      .thenEmits([{ ...signed(), data: { ...signed().data, meetingId: "jm-q1" } }]);
  });

  it("signs without a meeting when none is named, as before", () => {
    given([drafted()]).when(sign(), { today }).thenEmits([signed()]);
  });

  it("refuses a meeting that does not exist with meeting_not_found", () => {
    given([drafted()])
      .when(sign({ meetingId: "ghost" }), { today, meeting: undefined })
      .thenRefuses({ kind: "not_found", code: "meeting_not_found", field: "meetingId" });
  });

  it("refuses a cancelled meeting with meeting_not_found", () => {
    given([drafted()])
      .when(sign({ meetingId: "jm-q1" }), { today, meeting: meeting({ cancelled: true }) })
      .thenRefuses({ kind: "not_found", code: "meeting_not_found", field: "meetingId" });
  });

  it("refuses another community's meeting with meeting_in_other_community", () => {
    given([drafted()])
      .when(sign({ meetingId: "jm-q1" }), { today, meeting: meeting({ communityId: "dongfeng" }) })
      .thenRefuses({ kind: "conflict", code: "meeting_in_other_community", field: "meetingId" });
  });

  it("refuses a signing date other than the meeting's with signed_on_not_meeting_date", () => {
    given([drafted()])
      .when(sign({ meetingId: "jm-q1", signedOn: "2025-01-11" }), { today, meeting: meeting() })
      .thenRefuses({ kind: "validation", code: "signed_on_not_meeting_date", field: "signedOn" });
  });
});
