import { describe, it } from "vitest";
import {
  correct,
  corrected,
  disputed,
  drafted,
  fulfilled,
  logged,
  reopened,
  signed,
  terminated,
  today,
  treesFulfilled,
  verified,
  verify,
} from "../testing/agreements-fixtures.ts";
import { scenario } from "../testing/given.ts";
import { agreementDecider } from "./decider.ts";

const given = scenario(agreementDecider);

describe("CorrectContribution", () => {
  it("records a correction as a new fact, with the previous quantity and the reason", () => {
    given([drafted(), signed(), logged()]).when(correct(), { today }).thenEmits([corrected()]);
  });

  it("corrects a disputed contribution, which is then pending again", () => {
    given([drafted(), signed(), logged(), disputed()])
      .when(correct(), { today })
      .thenEmits([corrected({ previousVerification: "disputed" })]);
  });

  it("corrects a verified contribution of an open commitment without reopening anything", () => {
    given([drafted(), signed(), logged(), verified()])
      .when(correct(), { today })
      .thenEmits([corrected({ previousVerification: "verified" })]);
  });

  it("records how many people the contribution counted before, so boards can correct their totals", () => {
    given([drafted(), signed(), logged({ participants: 40 })])
      .when(correct({ participants: 12 }), { today })
      .thenEmits([corrected({ participants: 12, previousParticipants: 40 })]);
  });

  it("reopens a fulfilled commitment, since the corrected contribution must be verified again", () => {
    given(treesFulfilled())
      .when(correct({ quantity: 200, note: "补充照片" }), { today })
      .thenEmits([
        corrected({
          quantity: 200,
          note: "补充照片",
          previousQuantity: 200,
          previousVerification: "verified",
        }),
        reopened({ verifiedQuantity: 0, reason: "数量登记错误" }),
      ]);
  });

  it("keeps a commitment fulfilled when what stays verified still reaches the target", () => {
    given([
      drafted(),
      signed(),
      logged({ quantity: 200 }),
      logged({ contributionId: "c-2" }),
      verified({ quantity: 200 }),
      verified({ contributionId: "c-2" }),
      fulfilled({ verifiedQuantity: 220 }),
    ])
      .when(correct({ contributionId: "c-2", quantity: 2 }), { today })
      .thenEmits([corrected({ contributionId: "c-2", quantity: 2, previousVerification: "verified" })]);
  });

  it("fulfils the commitment again when the corrected contribution is verified", () => {
    given([
      ...treesFulfilled(),
      corrected({ quantity: 200, previousQuantity: 200, previousVerification: "verified" }),
      reopened({ reason: "数量登记错误" }),
    ])
      .when(verify(), { today })
      .thenEmits([verified({ quantity: 200 }), fulfilled()]);
  });

  it("corrects after the agreement was terminated: the record stays open to review", () => {
    given([drafted(), signed(), logged(), terminated()]).when(correct(), { today }).thenEmits([corrected()]);
  });

  it("refuses an agreement that does not exist", () => {
    given([]).when(correct(), { today }).thenRefuses({ kind: "not_found", code: "agreement_not_found" });
  });

  it("refuses an unknown contribution", () => {
    given([drafted(), signed(), logged()])
      .when(correct({ contributionId: "c-9" }), { today })
      .thenRefuses({ kind: "not_found", code: "contribution_not_found", field: "contributionId" });
  });

  it("refuses a corrected date after today", () => {
    given([drafted(), signed(), logged()])
      .when(correct({ date: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "date" });
  });

  it("refuses a corrected date outside the term, at either end", () => {
    given([drafted(), signed(), logged()])
      .when(correct({ date: "2024-12-31" }), { today })
      .thenRefuses({ kind: "validation", code: "date_outside_term", field: "date" });
    given([drafted(), signed(), logged()])
      .when(correct({ date: "2026-01-01" }), { today: "2026-01-05" })
      .thenRefuses({ kind: "validation", code: "date_outside_term", field: "date" });
  });
});
