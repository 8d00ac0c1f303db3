import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import {
  approved,
  evaluated,
  personRegistered,
  reportedIn,
  residentRegistered,
  retiredRegistered,
  revoked,
} from "../testing/people-fixtures.ts";
import { personDecider } from "./person-decider.ts";
import { toPersonView } from "./person-state.ts";
import { residentDecider } from "./resident-decider.ts";
import type { ResidentEvent } from "./resident-events.ts";
import { toResidentView } from "./resident-state.ts";

describe("person evolve", () => {
  it("starts empty, then holds the registration, not yet reported in or evaluated", () => {
    expect(fold(personDecider, [])).toEqual({ status: "none" });
    expect(fold(personDecider, [personRegistered()])).toEqual({
      status: "registered",
      person: personRegistered().data,
      reportedOn: undefined,
      evaluations: new Map(),
    });
  });

  it("remembers the reporting-in date and each year's evaluation", () => {
    const state = fold(personDecider, [
      personRegistered(),
      reportedIn(),
      evaluated(),
      evaluated({ year: 2025, grade: "good", comment: "" }),
    ]);
    if (state.status !== "registered") throw new Error("expected a registered person");
    expect(state.reportedOn).toBe("2025-03-01");
    expect([...state.evaluations]).toEqual([
      [2024, { grade: "excellent", comment: "报到后积极参与巡逻", evaluatedOn: "2025-06-15" }],
      [2025, { grade: "good", comment: "", evaluatedOn: "2025-06-15" }],
    ]);
  });

  it("ignores events about a person who was never registered", () => {
    expect(fold(personDecider, [reportedIn(), evaluated()])).toEqual({ status: "none" });
  });
});

describe("toPersonView", () => {
  it("is undefined for a person never registered", () => {
    expect(toPersonView(fold(personDecider, []))).toBeUndefined();
  });

  it("shows an in-service member, and whether they reported in", () => {
    const view = { personId: "p-zhang", communityId: "guangming", name: "张明", inService: true };
    expect(toPersonView(fold(personDecider, [personRegistered()]))).toEqual({ ...view, reportedIn: false });
    expect(toPersonView(fold(personDecider, [personRegistered(), reportedIn()]))).toEqual({
      ...view,
      reportedIn: true,
    });
  });

  it("shows other members and non-members as not in service", () => {
    expect(toPersonView(fold(personDecider, [retiredRegistered()]))?.inService).toBe(false);
    const { partyCategory: _c, employerUnitId: _e, ...volunteer } = personRegistered().data;
    const registered = {
      type: "PersonRegistered" as const,
      data: { ...volunteer, kind: "activist" as const },
    };
    expect(toPersonView(fold(personDecider, [registered]))?.inService).toBe(false);
  });
});

describe("resident evolve and toResidentView", () => {
  it("starts empty, then pending, and only approved may receive goods", () => {
    expect(fold(residentDecider, [])).toEqual({ status: "none" });
    expect(toResidentView(fold(residentDecider, []))).toBeUndefined();
    const pending = fold(residentDecider, [residentRegistered()]);
    expect(pending).toEqual({ status: "pending", resident: residentRegistered().data });
    expect(toResidentView(pending)).toEqual({
      residentId: "r-wang",
      communityId: "guangming",
      approved: false,
    });
  });

  it("follows approval, revocation and approval again", () => {
    const resident = residentRegistered().data;
    const history: ResidentEvent[] = [residentRegistered(), approved()];
    expect(fold(residentDecider, history)).toEqual({
      status: "approved",
      resident,
      approvedOn: "2025-02-01",
    });
    expect(toResidentView(fold(residentDecider, history))?.approved).toBe(true);
    history.push(revoked());
    expect(fold(residentDecider, history)).toEqual({
      status: "revoked",
      resident,
      revokedOn: "2025-05-01",
      reason: "已迁出本社区",
    });
    expect(toResidentView(fold(residentDecider, history))?.approved).toBe(false);
    history.push(approved({ approvedOn: "2025-06-01" }));
    expect(toResidentView(fold(residentDecider, history))?.approved).toBe(true);
  });

  it("ignores approval events about a resident who was never registered", () => {
    expect(fold(residentDecider, [approved(), revoked()])).toEqual({ status: "none" });
  });
});
