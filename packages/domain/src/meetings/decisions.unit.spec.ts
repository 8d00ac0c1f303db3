import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  assignedUnits,
  cancelled,
  decide,
  decided,
  done,
  elsewhere,
  held,
  markDone,
  scheduled,
  today,
} from "../testing/meetings-fixtures.ts";
import { meetingDecider } from "./decider.ts";

const given = scenario(meetingDecider);
const withUnits = { today, units: assignedUnits };

describe("RecordDecision", () => {
  it("records a decision assigned to member units, copying the community id", () => {
    given([held()]).when(decide(), withUnits).thenEmits([decided()]);
  });

  it("accepts a deadline on the meeting's own day", () => {
    given([held()])
      .when(decide({ deadline: "2025-06-10" }), withUnits)
      .thenEmits([decided({ deadline: "2025-06-10" })]);
  });

  it("given no meeting, recording a decision is refused with meeting_not_found", () => {
    given([]).when(decide(), withUnits).thenRefuses({ kind: "not_found", code: "meeting_not_found" });
  });

  it("given a cancelled meeting, recording a decision is refused with meeting_cancelled", () => {
    given([held(), cancelled()])
      .when(decide(), withUnits)
      .thenRefuses({ kind: "conflict", code: "meeting_cancelled" });
  });

  it("given a meeting still ahead, recording a decision is refused with meeting_not_held_yet", () => {
    given([scheduled()])
      .when(decide(), withUnits)
      .thenRefuses({ kind: "conflict", code: "meeting_not_held_yet" });
  });

  it("given the decision id already used, recording is refused with decision_already_recorded", () => {
    given([held(), decided()])
      .when(decide({ text: "另一事项" }), withUnits)
      .thenRefuses({ kind: "conflict", code: "decision_already_recorded", field: "decisionId" });
  });

  it("given a deadline before the meeting, recording is refused with deadline_before_meeting", () => {
    given([held()])
      .when(decide({ deadline: "2025-06-09" }), withUnits)
      .thenRefuses({ kind: "validation", code: "deadline_before_meeting", field: "deadline" });
  });

  it("given an assigned unit that is not registered, recording is refused with unit_not_found at its index", () => {
    given([held()])
      .when(decide(), { today, units: { ...assignedUnits, cdc: { status: "none" } } })
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "assignedUnitIds.1" });
  });

  it("given an assigned unit the handler did not load, recording is refused with unit_not_found", () => {
    given([held()])
      .when(decide({ assignedUnitIds: ["constructor"] }), withUnits)
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "assignedUnitIds.0" });
  });

  it("given an assigned unit of another community, recording is refused with unit_not_in_community", () => {
    given([held()])
      .when(decide({ assignedUnitIds: ["school-1", "bureau-9"] }), {
        today,
        units: { ...assignedUnits, "bureau-9": elsewhere },
      })
      .thenRefuses({ kind: "conflict", code: "unit_not_in_community", field: "assignedUnitIds.1" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the units", () => {
    const state = meetingDecider.evolve(meetingDecider.initialState, held());
    const run = () => meetingDecider.decide(decide(), state, { today });
    expect(run).toThrow(Error);
    expect(run).not.toThrow(DomainError);
  });
});

describe("MarkDecisionDone", () => {
  it("marks a decision done, copying the community and the assigned units", () => {
    given([held(), decided()]).when(markDone(), { today }).thenEmits([done()]);
  });

  it("accepts a decision done today or on the meeting's own day", () => {
    given([held(), decided()])
      .when(markDone({ doneOn: today }), { today })
      .thenEmits([done({ doneOn: today })]);
    given([held(), decided()])
      .when(markDone({ doneOn: "2025-06-10" }), { today })
      .thenEmits([done({ doneOn: "2025-06-10" })]);
  });

  it("given no meeting, marking done is refused with meeting_not_found", () => {
    given([]).when(markDone(), { today }).thenRefuses({ kind: "not_found", code: "meeting_not_found" });
  });

  it("given no such decision, marking done is refused with decision_not_found", () => {
    given([held(), decided()])
      .when(markDone({ decisionId: "constructor" }), { today })
      .thenRefuses({ kind: "not_found", code: "decision_not_found", field: "decisionId" });
  });

  it("given a decision already done, marking done is refused with decision_already_done", () => {
    given([held(), decided(), done()])
      .when(markDone({ doneOn: today }), { today })
      .thenRefuses({ kind: "conflict", code: "decision_already_done", field: "decisionId" });
  });

  it("given a date after today, marking done is refused with date_in_future", () => {
    given([held(), decided()])
      .when(markDone({ doneOn: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "doneOn" });
  });

  it("given a date before the meeting, marking done is refused with done_before_meeting", () => {
    given([held(), decided()])
      .when(markDone({ doneOn: "2025-06-09" }), { today })
      .thenRefuses({ kind: "validation", code: "done_before_meeting", field: "doneOn" });
  });
});
