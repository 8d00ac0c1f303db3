import { describe, it } from "vitest";
import {
  amend,
  amended,
  drafted,
  expire,
  expired,
  sign,
  signed,
  terminate,
  terminated,
  today,
} from "../testing/agreements-fixtures.ts";
import { scenario } from "../testing/given.ts";
import { agreementDecider } from "./decider.ts";

const given = scenario(agreementDecider);

describe("AmendAgreement", () => {
  it("replaces a draft's content, keeping its community and unit", () => {
    given([drafted()]).when(amend(), { today }).thenEmits([amended()]);
  });

  it("may amend a draft more than once", () => {
    given([drafted(), amended()])
      .when(amend({ title: "第三稿" }), { today })
      .thenEmits([amended({ title: "第三稿" })]);
  });

  it("refuses an agreement that does not exist", () => {
    given([]).when(amend(), { today }).thenRefuses({ kind: "not_found", code: "agreement_not_found" });
  });

  it("given a signed agreement, amending it is refused with agreement_already_signed", () => {
    given([drafted(), signed()])
      .when(amend(), { today })
      .thenRefuses({ kind: "conflict", code: "agreement_already_signed" });
  });

  it("refuses a terminated or expired agreement as already signed", () => {
    given([drafted(), signed(), terminated()])
      .when(amend(), { today })
      .thenRefuses({ kind: "conflict", code: "agreement_already_signed" });
    given([drafted(), signed(), expired()])
      .when(amend(), { today: "2026-01-02" })
      .thenRefuses({ kind: "conflict", code: "agreement_already_signed" });
  });
});

describe("SignAgreement after the end", () => {
  it("refuses to sign a terminated agreement again", () => {
    given([drafted(), signed(), terminated()])
      .when(sign(), { today })
      .thenRefuses({ kind: "conflict", code: "agreement_already_signed" });
  });
});

describe("TerminateAgreement", () => {
  it("ends a signed agreement early, with the reason", () => {
    given([drafted(), signed()]).when(terminate(), { today }).thenEmits([terminated()]);
  });

  it("may be dated today, on the signing day and on the last day of the term", () => {
    for (const terminatedOn of [today, "2025-01-10"]) {
      given([drafted(), signed()])
        .when(terminate({ terminatedOn }), { today })
        .thenEmits([terminated({ terminatedOn })]);
    }
    given([drafted(), signed()])
      .when(terminate({ terminatedOn: "2025-12-31" }), { today: "2026-01-02" })
      .thenEmits([terminated({ terminatedOn: "2025-12-31" })]);
  });

  it("refuses an agreement that does not exist", () => {
    given([]).when(terminate(), { today }).thenRefuses({ kind: "not_found", code: "agreement_not_found" });
  });

  it("given a draft, terminating it is refused with agreement_not_active", () => {
    given([drafted()])
      .when(terminate(), { today })
      .thenRefuses({ kind: "conflict", code: "agreement_not_active" });
  });

  it("refuses an agreement already terminated or expired", () => {
    given([drafted(), signed(), terminated()])
      .when(terminate(), { today })
      .thenRefuses({ kind: "conflict", code: "agreement_not_active" });
    given([drafted(), signed(), expired()])
      .when(terminate({ terminatedOn: "2025-12-01" }), { today: "2026-01-02" })
      .thenRefuses({ kind: "conflict", code: "agreement_not_active" });
  });

  it("refuses a termination date after today", () => {
    given([drafted(), signed()])
      .when(terminate({ terminatedOn: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "terminatedOn" });
  });

  it("refuses a termination date before the signing date", () => {
    given([drafted(), signed()])
      .when(terminate({ terminatedOn: "2025-01-09" }), { today })
      .thenRefuses({ kind: "validation", code: "terminated_before_signed", field: "terminatedOn" });
  });

  it("refuses a termination date after the term, which is an expiry", () => {
    given([drafted(), signed()])
      .when(terminate({ terminatedOn: "2026-01-01" }), { today: "2026-01-02" })
      .thenRefuses({ kind: "validation", code: "date_outside_term", field: "terminatedOn" });
  });
});

describe("ExpireAgreement", () => {
  it("records the expiry of a signed agreement on the day after its term, dated the term's last day", () => {
    given([drafted(), signed()]).when(expire(), { today: "2026-01-01" }).thenEmits([expired()]);
  });

  it("given the last day of the term, expiring is refused with term_not_over", () => {
    given([drafted(), signed()])
      .when(expire(), { today: "2025-12-31" })
      .thenRefuses({ kind: "conflict", code: "term_not_over" });
  });

  it("refuses an agreement that does not exist", () => {
    given([])
      .when(expire(), { today: "2026-01-01" })
      .thenRefuses({ kind: "not_found", code: "agreement_not_found" });
  });

  it("refuses a draft, a terminated and an already expired agreement with agreement_not_active", () => {
    for (const history of [
      [drafted()],
      [drafted(), signed(), terminated()],
      [drafted(), signed(), expired()],
    ]) {
      given(history)
        .when(expire(), { today: "2026-01-01" })
        .thenRefuses({ kind: "conflict", code: "agreement_not_active" });
    }
  });
});
