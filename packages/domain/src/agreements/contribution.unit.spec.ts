import { describe, it } from "vitest";
import {
  drafted,
  expired,
  log,
  logged,
  reopened,
  signed,
  terminated,
  today,
  treesFulfilled,
} from "../testing/agreements-fixtures.ts";
import { scenario } from "../testing/given.ts";
import { agreementDecider } from "./decider.ts";

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

  it("keeps logging once the logged total reaches the target, while it is not verified", () => {
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

  it("refuses a terminated agreement", () => {
    given([drafted(), signed(), terminated()])
      .when(log({ date: "2025-05-01" }), { today })
      .thenRefuses({ kind: "conflict", code: "agreement_not_active" });
  });

  it("refuses an expired agreement", () => {
    given([drafted(), signed(), expired()])
      .when(log({ date: "2025-12-31" }), { today: "2026-01-02" })
      .thenRefuses({ kind: "conflict", code: "agreement_not_active" });
  });

  it("given a fulfilled commitment, logging against it is refused with commitment_already_fulfilled", () => {
    given(treesFulfilled())
      .when(log({ contributionId: "c-2", quantity: 5 }), { today })
      .thenRefuses({ kind: "conflict", code: "commitment_already_fulfilled", field: "commitmentId" });
  });

  it("logs against another commitment of an agreement with a fulfilled one", () => {
    given(treesFulfilled())
      .when(log({ contributionId: "c-2", commitmentId: "rubbish", quantity: 0.5 }), { today })
      .thenEmits([logged({ contributionId: "c-2", commitmentId: "rubbish", quantity: 0.5 })]);
  });

  it("logs against a commitment again once it is reopened", () => {
    given([...treesFulfilled(), reopened()])
      .when(log({ contributionId: "c-2", quantity: 5 }), { today })
      .thenEmits([logged({ contributionId: "c-2", quantity: 5 })]);
  });

  it("tells a retried log that it already counted, even once its commitment is fulfilled", () => {
    given(treesFulfilled())
      .when(log({ quantity: 200 }), { today })
      .thenRefuses({ kind: "conflict", code: "contribution_already_logged", field: "contributionId" });
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
