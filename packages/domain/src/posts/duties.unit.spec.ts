import { describe, it } from "vitest";
import { scenario } from "../testing/given.ts";
import {
  claimed,
  closed,
  dutyRecorded,
  opened,
  recordDuty,
  release,
  released,
  today,
} from "../testing/posts-fixtures.ts";
import { postDecider } from "./decider.ts";

const given = scenario(postDecider);
const claimedPost = () => [opened(), claimed()];

describe("ReleaseClaim", () => {
  it("releases an active claim, repeating who held it", () => {
    given(claimedPost()).when(release(), { today }).thenEmits([released()]);
  });

  it("releases a self-claim without a team, and a claim on a closed post", () => {
    given([opened(), claimed({ teamId: undefined })])
      .when(release(), { today })
      .thenEmits([released({ teamId: undefined })]);
    given([...claimedPost(), closed()])
      .when(release(), { today })
      .thenEmits([released()]);
  });

  it("given no post, releasing is refused with post_not_found", () => {
    given([]).when(release(), { today }).thenRefuses({ kind: "not_found", code: "post_not_found" });
  });

  it("given an unknown claim, releasing is refused with claim_not_found", () => {
    given(claimedPost())
      .when(release("c-9"), { today })
      .thenRefuses({ kind: "not_found", code: "claim_not_found", field: "claimId" });
  });

  it("given a released claim, releasing again is refused with claim_already_released", () => {
    given([...claimedPost(), released()])
      .when(release(), { today })
      .thenRefuses({ kind: "conflict", code: "claim_already_released", field: "claimId" });
  });
});

describe("RecordDuty", () => {
  it("records a duty with its hours worked out from check-in and check-out", () => {
    given(claimedPost()).when(recordDuty(), { today }).thenEmits([dutyRecorded()]);
  });

  it("works hours out exact to hundredths: 08:00 to 09:20 is 1.33", () => {
    given(claimedPost())
      .when(recordDuty({ checkIn: "08:00", checkOut: "09:20" }), { today })
      .thenEmits([dutyRecorded({ checkIn: "08:00", checkOut: "09:20", hours: 1.33 })]);
  });

  it("records on the claim day, today, and on the post's last day", () => {
    given(claimedPost())
      .when(recordDuty({ date: "2025-06-05" }), { today })
      .thenEmits([dutyRecorded({ date: "2025-06-05" })]);
    given(claimedPost())
      .when(recordDuty({ date: today }), { today })
      .thenEmits([dutyRecorded({ date: today })]);
    given(claimedPost())
      .when(recordDuty({ date: "2025-08-31" }), { today: "2025-09-03" })
      .thenEmits([dutyRecorded({ date: "2025-08-31" })]);
  });

  it("given a closed post, records a duty done up to the day it closed", () => {
    given([...claimedPost(), closed()])
      .when(recordDuty({ date: "2025-06-10" }), { today })
      .thenEmits([dutyRecorded({ date: "2025-06-10" })]);
  });

  it("given no post, recording is refused with post_not_found", () => {
    given([]).when(recordDuty(), { today }).thenRefuses({ kind: "not_found", code: "post_not_found" });
  });

  it("given an unknown claim, recording is refused with claim_not_found", () => {
    given(claimedPost())
      .when(recordDuty({ claimId: "c-9" }), { today })
      .thenRefuses({ kind: "not_found", code: "claim_not_found", field: "claimId" });
  });

  it("given a duty id already used on the post, recording is refused with duty_already_recorded", () => {
    given([...claimedPost(), claimed({ claimId: "c-wang", personId: "wang" }), dutyRecorded()])
      .when(recordDuty({ claimId: "c-wang" }), { today })
      .thenRefuses({ kind: "conflict", code: "duty_already_recorded", field: "dutyId" });
  });

  it("given a released claim, recording is refused with claim_released", () => {
    given([...claimedPost(), released()])
      .when(recordDuty(), { today })
      .thenRefuses({ kind: "conflict", code: "claim_released", field: "claimId" });
  });

  it("given a date after today, recording is refused with date_in_future", () => {
    given(claimedPost())
      .when(recordDuty({ date: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "date" });
  });

  it("given a date before the claim day, recording is refused with date_outside_period", () => {
    given(claimedPost())
      .when(recordDuty({ date: "2025-06-04" }), { today })
      .thenRefuses({ kind: "validation", code: "date_outside_period", field: "date" });
  });

  it("given a date before the post's period, recording is refused with date_outside_period", () => {
    given([opened(), claimed({ claimedOn: "2025-05-20" })])
      .when(recordDuty({ date: "2025-05-31" }), { today })
      .thenRefuses({ kind: "validation", code: "date_outside_period", field: "date" });
  });

  it("given a date after the post's period, recording is refused with date_outside_period", () => {
    given(claimedPost())
      .when(recordDuty({ date: "2025-09-01" }), { today: "2025-09-03" })
      .thenRefuses({ kind: "validation", code: "date_outside_period", field: "date" });
  });

  it("given a closed post, a duty dated after the closing day is refused with date_outside_period", () => {
    given([...claimedPost(), closed()])
      .when(recordDuty({ date: "2025-06-11" }), { today })
      .thenRefuses({ kind: "validation", code: "date_outside_period", field: "date" });
  });
});
