import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  cdc,
  evaluate,
  evaluated,
  guangming,
  personRegistered,
  registerData,
  registerPerson,
  reportedIn,
  reportIn,
  retiredRegistered,
  today,
} from "../testing/people-fixtures.ts";
import { personDecider } from "./person-decider.ts";
import { personStream } from "./person-events.ts";

const given = scenario(personDecider);
const context = { today, community: guangming, employer: cdc };

describe("person stream", () => {
  it("is named by the person id", () => {
    expect(personStream("p-zhang")).toBe("person-p-zhang");
  });
});

describe("RegisterPerson", () => {
  it("registers an in-service member whose employer sits in another community", () => {
    given([]).when(registerPerson(), context).thenEmits([personRegistered()]);
  });

  it("registers a resident volunteer without loading any employer", () => {
    const { employerUnitId: _e, partyCategory: _c, ...volunteer } = registerData();
    const data = { ...volunteer, kind: "resident_volunteer" as const };
    given([])
      .when({ type: "RegisterPerson", data }, { today, community: guangming })
      .thenEmits([{ type: "PersonRegistered", data }]);
  });

  it("given a registered person, registering them again is refused with person_already_registered", () => {
    given([personRegistered()])
      .when(registerPerson(), context)
      .thenRefuses({ kind: "conflict", code: "person_already_registered" });
  });

  it("refuses a community that is not registered with community_not_found", () => {
    given([])
      .when(registerPerson(), { ...context, community: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("refuses with community_not_found when the community state passed is another community's", () => {
    given([])
      .when(registerPerson({ communityId: "xinhua" }), context)
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("refuses an employer that is not registered with unit_not_found", () => {
    given([])
      .when(registerPerson(), { ...context, employer: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "employerUnitId" });
  });

  it("refuses with unit_not_found when the unit state passed is another unit's", () => {
    given([])
      .when(registerPerson({ employerUnitId: "school-1" }), context)
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "employerUnitId" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the community or employer", () => {
    const initial = personDecider.initialState;
    const noCommunity = () => personDecider.decide(registerPerson(), initial, { today, employer: cdc });
    const noEmployer = () => personDecider.decide(registerPerson(), initial, { today, community: guangming });
    for (const decide of [noCommunity, noEmployer]) {
      expect(decide).toThrow(Error);
      expect(decide).not.toThrow(DomainError);
    }
  });
});

describe("ReportIn", () => {
  it("records an in-service member reporting in to their residential community", () => {
    given([personRegistered()]).when(reportIn(), { today }).thenEmits([reportedIn()]);
  });

  it("accepts reporting in today", () => {
    given([personRegistered()])
      .when(reportIn({ reportedOn: today }), { today })
      .thenEmits([reportedIn({ reportedOn: today })]);
  });

  it("refuses an unknown person with person_not_found", () => {
    given([]).when(reportIn(), { today }).thenRefuses({ kind: "not_found", code: "person_not_found" });
  });

  it("given a retired member, reporting in is refused with not_in_service_member", () => {
    given([retiredRegistered()])
      .when(reportIn({ personId: "p-li" }), { today })
      .thenRefuses({ kind: "conflict", code: "not_in_service_member" });
  });

  it("given an activist, reporting in is refused with not_in_service_member", () => {
    const { partyCategory: _c, employerUnitId: _e, ...activist } = registerData();
    given([{ type: "PersonRegistered", data: { ...activist, kind: "activist" } }])
      .when(reportIn(), { today })
      .thenRefuses({ kind: "conflict", code: "not_in_service_member" });
  });

  it("given a member who reported in, reporting in again is refused with already_reported_in", () => {
    given([personRegistered(), reportedIn()])
      .when(reportIn({ reportedOn: "2025-04-01" }), { today })
      .thenRefuses({ kind: "conflict", code: "already_reported_in" });
  });

  it("refuses a reporting-in date after today with date_in_future", () => {
    given([personRegistered()])
      .when(reportIn({ reportedOn: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "reportedOn" });
  });
});

describe("EvaluateMember", () => {
  it("records the evaluation, dated today, with the member's community", () => {
    given([personRegistered()]).when(evaluate(), { today }).thenEmits([evaluated()]);
  });

  it("given last year's evaluation, evaluates the current year", () => {
    given([personRegistered(), evaluated()])
      .when(evaluate({ year: 2025, grade: "good", comment: "" }), { today })
      .thenEmits([evaluated({ year: 2025, grade: "good", comment: "" })]);
  });

  it("refuses an unknown person with person_not_found", () => {
    given([]).when(evaluate(), { today }).thenRefuses({ kind: "not_found", code: "person_not_found" });
  });

  it("refuses a year after today's year with year_in_future", () => {
    given([personRegistered()])
      .when(evaluate({ year: 2026 }), { today })
      .thenRefuses({ kind: "validation", code: "year_in_future", field: "year" });
  });

  it("given an evaluation for a year, evaluating that year again is refused with member_already_evaluated", () => {
    given([personRegistered(), evaluated()])
      .when(evaluate({ grade: "pass" }), { today })
      .thenRefuses({ kind: "conflict", code: "member_already_evaluated", field: "year" });
  });
});
