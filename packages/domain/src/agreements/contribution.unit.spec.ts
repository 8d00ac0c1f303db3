import { describe, it } from "vitest";
import { scenario } from "../shared/given.ts";
import { agreementDecider } from "./decider.ts";
import { drafted, log, logged, signed, today } from "./spec-fixtures.ts";

const given = scenario(agreementDecider);

describe("LogContribution", () => {
  it("logs a contribution, copying community and unit ids for projections", () => {
    given([drafted(), signed()]).when(log(), { today }).thenEmits([logged()]);
  });

  it("logs against any commitment, on the first day of the term and today", () => {
    given([drafted(), signed()])
      .when(log({ commitmentId: "rubbish", date: "2025-01-01", quantity: 0.25 }), { today })
      .thenEmits([logged({ commitmentId: "rubbish", date: "2025-01-01", quantity: 0.25 })]);
    given([drafted(), signed()])
      .when(log({ date: today }), { today })
      .thenEmits([logged({ date: today })]);
  });

  it("logs on the last day of the term", () => {
    given([drafted(), signed()])
      .when(log({ date: "2025-12-31" }), { today: "2026-01-03" })
      .thenEmits([logged({ date: "2025-12-31" })]);
  });

  it("keeps logging after a commitment is fulfilled", () => {
    given([drafted(), signed(), logged({ quantity: 200 })])
      .when(log({ contributionId: "c-2", quantity: 5 }), { today })
      .thenEmits([logged({ contributionId: "c-2", quantity: 5 })]);
  });

  it("refuses an agreement that does not exist", () => {
    given([]).when(log(), { today }).thenRefuses({ kind: "not_found", code: "agreement_not_found" });
  });

  it("refuses an agreement that is not signed yet", () => {
    given([drafted()]).when(log(), { today }).thenRefuses({ kind: "conflict", code: "agreement_not_active" });
  });

  it("refuses an unknown commitment", () => {
    given([drafted(), signed()])
      .when(log({ commitmentId: "flowers" }), { today })
      .thenRefuses({ kind: "not_found", code: "commitment_not_found", field: "commitmentId" });
  });

  it("refuses an id that looks like an object property rather than a commitment", () => {
    given([drafted(), signed()])
      .when(log({ commitmentId: "constructor" }), { today })
      .thenRefuses({ kind: "not_found", code: "commitment_not_found", field: "commitmentId" });
  });

  it("refuses a contribution id already used in this agreement, even for another commitment", () => {
    given([drafted(), signed(), logged()])
      .when(log({ commitmentId: "rubbish", quantity: 1 }), { today })
      .thenRefuses({ kind: "conflict", code: "contribution_already_logged", field: "contributionId" });
  });

  it("refuses a date after today", () => {
    given([drafted(), signed()])
      .when(log({ date: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "date" });
  });

  it("refuses a date before the term starts", () => {
    given([drafted(), signed()])
      .when(log({ date: "2024-12-31" }), { today })
      .thenRefuses({ kind: "validation", code: "date_outside_term", field: "date" });
  });

  it("refuses a date after the term ends", () => {
    given([drafted(), signed()])
      .when(log({ date: "2026-01-01" }), { today: "2026-01-05" })
      .thenRefuses({ kind: "validation", code: "date_outside_term", field: "date" });
  });
});
