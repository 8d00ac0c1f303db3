import { describe, it } from "vitest";
import { scenario } from "../testing/given.ts";
import {
  approve,
  approved,
  created,
  hoursLogged,
  logHours,
  reject,
  rejected,
  removed,
  staffed,
  today,
} from "../testing/teams-fixtures.ts";
import { teamDecider } from "./decider.ts";

const given = scenario(teamDecider);

describe("LogServiceHours", () => {
  it("logs a member's hours as a pending entry, copying the community id", () => {
    given(staffed()).when(logHours(), { today }).thenEmits([hoursLogged()]);
  });

  it("logs the leader's own hours, dated today, down to the hundredth", () => {
    given(staffed())
      .when(logHours({ personId: "zhang", date: today, hours: 0.25 }), { today })
      .thenEmits([hoursLogged({ personId: "zhang", date: today, hours: 0.25 })]);
  });

  it("given an unknown team, logging is refused with team_not_found", () => {
    given([]).when(logHours(), { today }).thenRefuses({ kind: "not_found", code: "team_not_found" });
  });

  it("given a person not on the roster, logging is refused with not_member", () => {
    given([created()])
      .when(logHours(), { today })
      .thenRefuses({ kind: "conflict", code: "not_member", field: "personId" });
  });

  it("given a member who left, logging their hours is refused with not_member", () => {
    given([...staffed(), removed("li")])
      .when(logHours(), { today })
      .thenRefuses({ kind: "conflict", code: "not_member", field: "personId" });
  });

  it("given an entry id already used, logging is refused with entry_already_logged", () => {
    given([...staffed(), hoursLogged()])
      .when(logHours({ personId: "zhang", hours: 1 }), { today })
      .thenRefuses({ kind: "conflict", code: "entry_already_logged", field: "entryId" });
  });

  it("given a date after today, logging is refused with date_in_future", () => {
    given(staffed())
      .when(logHours({ date: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "date" });
  });
});

describe("ApproveServiceHours", () => {
  it("approves a pending entry, repeating who, when and how long", () => {
    given([...staffed(), hoursLogged()])
      .when(approve(), { today })
      .thenEmits([approved()]);
  });

  it("approves hours of a member who has since left", () => {
    given([...staffed(), hoursLogged(), removed("li")])
      .when(approve(), { today })
      .thenEmits([approved()]);
  });

  it("given an unknown team, approving is refused with team_not_found", () => {
    given([]).when(approve(), { today }).thenRefuses({ kind: "not_found", code: "team_not_found" });
  });

  it("given an unknown entry, approving is refused with entry_not_found", () => {
    given(staffed())
      .when(approve("e-9"), { today })
      .thenRefuses({ kind: "not_found", code: "entry_not_found", field: "entryId" });
  });

  it("given an approved entry, approving again is refused with entry_already_decided", () => {
    given([...staffed(), hoursLogged(), approved()])
      .when(approve(), { today })
      .thenRefuses({ kind: "conflict", code: "entry_already_decided", field: "entryId" });
  });

  it("given a rejected entry, approving is refused with entry_already_decided", () => {
    given([...staffed(), hoursLogged(), rejected()])
      .when(approve(), { today })
      .thenRefuses({ kind: "conflict", code: "entry_already_decided", field: "entryId" });
  });
});

describe("RejectServiceHours", () => {
  it("rejects a pending entry with the reason", () => {
    given([...staffed(), hoursLogged()])
      .when(reject(), { today })
      .thenEmits([rejected()]);
  });

  it("given an unknown team, rejecting is refused with team_not_found", () => {
    given([]).when(reject(), { today }).thenRefuses({ kind: "not_found", code: "team_not_found" });
  });

  it("given an unknown entry, rejecting is refused with entry_not_found", () => {
    given(staffed())
      .when(reject("e-9"), { today })
      .thenRefuses({ kind: "not_found", code: "entry_not_found", field: "entryId" });
  });

  it("given an approved entry, rejecting is refused with entry_already_decided", () => {
    given([...staffed(), hoursLogged(), approved()])
      .when(reject(), { today })
      .thenRefuses({ kind: "conflict", code: "entry_already_decided", field: "entryId" });
  });
});
