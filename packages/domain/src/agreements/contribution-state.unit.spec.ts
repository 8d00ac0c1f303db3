import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import {
  amended,
  corrected,
  disputed,
  drafted,
  expired,
  fulfilled,
  logged,
  reopened,
  signed,
  terminated,
  treesFulfilled,
  verified,
} from "../testing/agreements-fixtures.ts";
import { agreementDecider } from "./decider.ts";
import type { AgreementEvent } from "./events.ts";
import {
  type AgreementState,
  isAgreementActive,
  isCommitmentFulfilled,
  isExpiryDue,
  isSignedAgreement,
  loggedTotal,
  verifiedTotal,
} from "./state.ts";

const stateOf = (events: AgreementEvent[]): AgreementState => fold(agreementDecider, events);

const signedState = (events: AgreementEvent[]) => {
  const state = stateOf(events);
  if (!isSignedAgreement(state)) throw new Error(`expected a signed agreement, got ${state.status}`);
  return state;
};

describe("amending a draft", () => {
  it("replaces the draft's content, and signing starts from the amended commitments", () => {
    expect(stateOf([drafted(), amended()])).toEqual({ status: "draft", agreement: amended().data });
    const state = signedState([drafted(), amended(), signed()]);
    expect(state.agreement.commitments[0]?.targetQuantity).toBe(150);
  });

  it("ignores an amendment after signing", () => {
    expect(signedState([drafted(), signed(), amended()]).agreement).toEqual(drafted().data);
  });
});

describe("contributions in the state", () => {
  it("start pending and count as logged, not verified", () => {
    const state = signedState([drafted(), signed(), logged()]);
    expect(state.contributions.get("c-1")).toEqual({
      commitmentId: "trees",
      quantity: 20,
      date: "2025-03-12",
      participants: 15,
      note: "植树节",
      verification: "pending",
    });
    expect([loggedTotal(state, "trees"), verifiedTotal(state, "trees")]).toEqual([20, 0]);
  });

  it("count as verified once verified, and no longer once disputed, while the logged total stays", () => {
    const history: AgreementEvent[] = [drafted(), signed(), logged(), verified()];
    expect(verifiedTotal(stateOf(history), "trees")).toBe(20);
    history.push(disputed({ previousVerification: "verified" }));
    const state = signedState(history);
    expect(state.contributions.get("c-1")).toMatchObject({
      verification: "disputed",
      disputeReason: "现场只看到10棵",
    });
    expect([loggedTotal(state, "trees"), verifiedTotal(state, "trees")]).toEqual([20, 0]);
  });

  it("take a correction's values, go back to pending, drop the dispute reason, and move both totals", () => {
    const state = signedState([
      drafted(),
      signed(),
      logged(),
      logged({ contributionId: "c-2", quantity: 0.1 }),
      verified({ contributionId: "c-2", quantity: 0.1 }),
      verified(),
      disputed({ previousVerification: "verified" }),
      corrected({ previousVerification: "disputed" }),
      corrected({
        contributionId: "c-2",
        quantity: 0.3,
        previousQuantity: 0.1,
        previousVerification: "verified",
      }),
    ]);
    expect(state.contributions.get("c-1")).toEqual({
      commitmentId: "trees",
      quantity: 10,
      date: "2025-03-12",
      participants: 15,
      note: "植树节，实际10棵",
      verification: "pending",
    });
    expect(loggedTotal(state, "trees")).toBe(10.3);
    expect(verifiedTotal(state, "trees")).toBe(0);
  });

  it("ignore facts about contributions that were never logged, or repeated", () => {
    const base = stateOf([drafted(), signed(), logged()]);
    const after = stateOf([
      drafted(),
      signed(),
      logged(),
      logged(),
      verified({ contributionId: "c-9" }),
      disputed({ contributionId: "c-9" }),
      corrected({ contributionId: "c-9" }),
    ]);
    expect(after).toEqual(base);
  });
});

describe("fulfilment in the state", () => {
  it("marks a commitment fulfilled on its day, and open again when reopened", () => {
    const state = signedState(treesFulfilled());
    expect(isCommitmentFulfilled(state, "trees")).toBe(true);
    expect(state.fulfilled.get("trees")).toBe("2025-06-15");
    expect(isCommitmentFulfilled(state, "rubbish")).toBe(false);
    expect(isCommitmentFulfilled(stateOf([...treesFulfilled(), reopened()]), "trees")).toBe(false);
  });

  it("reads 0 and not fulfilled for a draft or an unknown commitment", () => {
    const draft = stateOf([drafted()]);
    expect([loggedTotal(draft, "trees"), verifiedTotal(draft, "trees")]).toEqual([0, 0]);
    expect(isCommitmentFulfilled(draft, "trees")).toBe(false);
    expect(verifiedTotal(stateOf(treesFulfilled()), "constructor")).toBe(0);
  });

  it("fulfilment events do not touch totals", () => {
    const state = signedState([drafted(), signed(), logged(), fulfilled()]);
    expect([loggedTotal(state, "trees"), verifiedTotal(state, "trees")]).toEqual([20, 0]);
  });
});

describe("the end of an agreement", () => {
  it("a termination keeps the signature and contributions, and records when and why", () => {
    const state = stateOf([drafted(), signed(), logged(), terminated()]);
    expect(state).toMatchObject({
      status: "terminated",
      termination: { terminatedOn: "2025-06-01", reason: "单位搬迁出社区" },
      signature: { signedOn: "2025-01-10" },
    });
    expect(loggedTotal(state, "trees")).toBe(20);
  });

  it("an expiry keeps the contributions and records the term's last day", () => {
    const state = stateOf([...treesFulfilled(), expired()]);
    expect(state).toMatchObject({ status: "expired", expiredOn: "2025-12-31" });
    expect(isCommitmentFulfilled(state, "trees")).toBe(true);
  });

  it("is final: a later termination, expiry or signature is ignored", () => {
    expect(stateOf([drafted(), signed(), terminated(), expired()]).status).toBe("terminated");
    expect(stateOf([drafted(), signed(), expired(), terminated(), signed()]).status).toBe("expired");
    expect(stateOf([drafted(), terminated(), expired()]).status).toBe("draft");
  });
});

describe("status helpers", () => {
  it("an agreement is active only while signed and not ended", () => {
    expect(isAgreementActive(stateOf([]))).toBe(false);
    expect(isAgreementActive(stateOf([drafted()]))).toBe(false);
    expect(isAgreementActive(stateOf([drafted(), signed()]))).toBe(true);
    expect(isAgreementActive(stateOf([drafted(), signed(), terminated()]))).toBe(false);
    expect(isAgreementActive(stateOf([drafted(), signed(), expired()]))).toBe(false);
  });

  it("an agreement counts as signed once signed, whatever happened after", () => {
    expect(isSignedAgreement(stateOf([drafted()]))).toBe(false);
    expect(isSignedAgreement(stateOf([drafted(), signed(), terminated()]))).toBe(true);
    expect(isSignedAgreement(stateOf([drafted(), signed(), expired()]))).toBe(true);
  });

  it("an expiry is due from the day after the term, for an active agreement only", () => {
    const active = stateOf([drafted(), signed()]);
    expect(isExpiryDue(active, "2025-12-31")).toBe(false);
    expect(isExpiryDue(active, "2026-01-01")).toBe(true);
    expect(isExpiryDue(stateOf([drafted()]), "2026-01-01")).toBe(false);
    expect(isExpiryDue(stateOf([drafted(), signed(), expired()]), "2026-01-02")).toBe(false);
  });
});
