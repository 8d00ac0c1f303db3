import { describe, it } from "vitest";
import {
  corrected,
  dispute,
  disputed,
  drafted,
  expired,
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

describe("VerifyContribution", () => {
  it("verifies a pending contribution, copying its commitment and quantity for projections", () => {
    given([drafted(), signed(), logged()]).when(verify(), { today }).thenEmits([verified()]);
  });

  it("verifies after the agreement was terminated or expired: the review comes after the term", () => {
    given([drafted(), signed(), logged(), terminated()]).when(verify(), { today }).thenEmits([verified()]);
    given([drafted(), signed(), logged(), expired()])
      .when(verify(), { today: "2026-01-10" })
      .thenEmits([verified({ verifiedOn: "2026-01-10" })]);
  });

  it("refuses an agreement that does not exist", () => {
    given([]).when(verify(), { today }).thenRefuses({ kind: "not_found", code: "agreement_not_found" });
  });

  it("refuses an unknown contribution", () => {
    given([drafted(), signed(), logged()])
      .when(verify("c-9"), { today })
      .thenRefuses({ kind: "not_found", code: "contribution_not_found", field: "contributionId" });
  });

  it("refuses a contribution on a draft, which cannot have any", () => {
    given([drafted()])
      .when(verify(), { today })
      .thenRefuses({ kind: "not_found", code: "contribution_not_found", field: "contributionId" });
  });

  it("refuses an id that looks like an object property rather than a contribution", () => {
    given([drafted(), signed(), logged()])
      .when(verify("constructor"), { today })
      .thenRefuses({ kind: "not_found", code: "contribution_not_found", field: "contributionId" });
  });

  it("given a verified contribution, verifying it again is refused with contribution_already_verified", () => {
    given([drafted(), signed(), logged(), verified()])
      .when(verify(), { today })
      .thenRefuses({ kind: "conflict", code: "contribution_already_verified" });
  });

  it("given a disputed contribution, verifying it is refused with contribution_disputed", () => {
    given([drafted(), signed(), logged(), disputed()])
      .when(verify(), { today })
      .thenRefuses({ kind: "conflict", code: "contribution_disputed" });
  });
});

describe("fulfilment (践诺销号)", () => {
  it("fulfils the commitment in the same decision when verification reaches the target exactly", () => {
    given([
      drafted(),
      signed(),
      logged({ quantity: 150 }),
      verified({ quantity: 150 }),
      logged({ contributionId: "c-2", quantity: 50 }),
    ])
      .when(verify("c-2"), { today })
      .thenEmits([verified({ contributionId: "c-2", quantity: 50 }), fulfilled({ verifiedQuantity: 200 })]);
  });

  it("fulfils when verification goes past the target, reporting the verified quantity", () => {
    given([drafted(), signed(), logged({ quantity: 260 })])
      .when(verify(), { today })
      .thenEmits([verified({ quantity: 260 }), fulfilled({ verifiedQuantity: 260 })]);
  });

  it("counts hundredths exactly: 0.1 + 0.2 + 0.2 truckloads fulfil a target of 0.5", () => {
    const rubbish = (contributionId: string, quantity: number) => ({
      contributionId,
      commitmentId: "rubbish",
      quantity,
    });
    given([
      drafted(),
      signed(),
      logged(rubbish("r-1", 0.1)),
      logged(rubbish("r-2", 0.2)),
      logged(rubbish("r-3", 0.2)),
      verified(rubbish("r-1", 0.1)),
      verified(rubbish("r-2", 0.2)),
    ])
      .when(verify("r-3"), { today })
      .thenEmits([
        verified(rubbish("r-3", 0.2)),
        fulfilled({ commitmentId: "rubbish", verifiedQuantity: 0.5 }),
      ]);
  });

  it("does not fulfil while the verified quantity is below the target, whatever was logged", () => {
    given([
      drafted(),
      signed(),
      logged({ quantity: 199.99 }),
      logged({ contributionId: "c-2", quantity: 100 }),
    ])
      .when(verify(), { today })
      .thenEmits([verified({ quantity: 199.99 })]);
  });

  it("never fulfils a commitment twice", () => {
    given([
      drafted(),
      signed(),
      logged({ quantity: 200 }),
      logged({ contributionId: "c-2" }),
      verified({ quantity: 200 }),
      fulfilled(),
    ])
      .when(verify("c-2"), { today })
      .thenEmits([verified({ contributionId: "c-2" })]);
  });

  it("fulfils again once a reopened commitment is verified back to its target", () => {
    given([
      drafted(),
      signed(),
      logged({ quantity: 200 }),
      logged({ contributionId: "c-2" }),
      verified({ quantity: 200 }),
      fulfilled(),
      disputed({ quantity: 200, previousVerification: "verified" }),
      reopened(),
      corrected({ quantity: 190, previousQuantity: 200, previousVerification: "disputed" }),
      verified({ quantity: 190 }),
    ])
      .when(verify("c-2"), { today })
      .thenEmits([verified({ contributionId: "c-2" }), fulfilled({ verifiedQuantity: 210 })]);
  });
});

describe("DisputeContribution", () => {
  it("disputes a pending contribution with a reason", () => {
    given([drafted(), signed(), logged()]).when(dispute(), { today }).thenEmits([disputed()]);
  });

  it("disputes a verified contribution, saying it was verified so projections take it off", () => {
    given([drafted(), signed(), logged(), verified()])
      .when(dispute(), { today })
      .thenEmits([disputed({ previousVerification: "verified" })]);
  });

  it("reopens a fulfilled commitment when the dispute takes it below the target", () => {
    given(treesFulfilled())
      .when(dispute(), { today })
      .thenEmits([
        disputed({ quantity: 200, previousVerification: "verified" }),
        reopened({ verifiedQuantity: 0 }),
      ]);
  });

  it("keeps a commitment fulfilled when what stays verified still reaches the target", () => {
    given([
      ...treesFulfilled(),
      logged({ contributionId: "c-2", quantity: 30 }),
      verified({ contributionId: "c-2", quantity: 30 }),
    ])
      .when(dispute({ contributionId: "c-2" }), { today })
      .thenEmits([disputed({ contributionId: "c-2", quantity: 30, previousVerification: "verified" })]);
  });

  it("does not reopen for a pending contribution, which never counted", () => {
    given([...treesFulfilled(), logged({ contributionId: "c-2", quantity: 30 })])
      .when(dispute({ contributionId: "c-2" }), { today })
      .thenEmits([disputed({ contributionId: "c-2", quantity: 30 })]);
  });

  it("refuses an agreement that does not exist", () => {
    given([]).when(dispute(), { today }).thenRefuses({ kind: "not_found", code: "agreement_not_found" });
  });

  it("refuses an unknown contribution", () => {
    given([drafted(), signed(), logged()])
      .when(dispute({ contributionId: "c-9" }), { today })
      .thenRefuses({ kind: "not_found", code: "contribution_not_found", field: "contributionId" });
  });

  it("given a disputed contribution, disputing it again is refused with contribution_already_disputed", () => {
    given([drafted(), signed(), logged(), disputed()])
      .when(dispute({ reason: "仍有疑问" }), { today })
      .thenRefuses({ kind: "conflict", code: "contribution_already_disputed" });
  });
});
