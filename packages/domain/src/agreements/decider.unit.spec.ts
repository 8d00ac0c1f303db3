import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { draft, drafted, school, sign, signed, today } from "../testing/agreements-fixtures.ts";
import { scenario } from "../testing/given.ts";
import { agreementDecider } from "./decider.ts";
import { agreementStream } from "./events.ts";

const given = scenario(agreementDecider);

describe("agreement stream", () => {
  it("is named by the agreement id", () => {
    expect(agreementStream("a-2025-1")).toBe("agreement-a-2025-1");
  });
});

describe("DraftAgreement", () => {
  it("drafts an agreement for a registered unit of the community", () => {
    given([]).when(draft(), { today, unit: school }).thenEmits([drafted()]);
  });

  it("refuses when the agreement already exists", () => {
    given([drafted()])
      .when(draft(), { today, unit: school })
      .thenRefuses({ kind: "conflict", code: "agreement_already_exists" });
  });

  it("refuses when the agreement already exists and is signed", () => {
    given([drafted(), signed()])
      .when(draft(), { today, unit: school })
      .thenRefuses({ kind: "conflict", code: "agreement_already_exists" });
  });

  it("refuses a unit that is not registered", () => {
    given([])
      .when(draft(), { today, unit: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "unitId" });
  });

  it("refuses when the unit state passed is another unit's", () => {
    given([])
      .when(draft({ unitId: "hospital-1" }), { today, unit: school })
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "unitId" });
  });

  it("refuses a unit that belongs to another community", () => {
    given([])
      .when(draft({ communityId: "dongfeng" }), { today, unit: school })
      .thenRefuses({ kind: "conflict", code: "unit_not_in_community", field: "communityId" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the unit", () => {
    const decide = () => agreementDecider.decide(draft(), agreementDecider.initialState, { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });
});

describe("SignAgreement", () => {
  it("signs a drafted agreement, copying the parties' ids", () => {
    given([drafted()]).when(sign(), { today }).thenEmits([signed()]);
  });

  it("may be signed today and before the term starts", () => {
    const onTerm = { ...signed().data, signedOn: today };
    given([drafted()])
      .when(sign({ signedOn: today }), { today })
      .thenEmits([{ type: "AgreementSigned", data: onTerm }]);
    given([drafted()])
      .when(sign({ signedOn: "2024-12-20" }), { today })
      .thenEmits([{ type: "AgreementSigned", data: { ...signed().data, signedOn: "2024-12-20" } }]);
  });

  it("may be signed on the last day of the term", () => {
    given([drafted()])
      .when(sign({ signedOn: "2025-12-31" }), { today: "2026-01-05" })
      .thenEmits([{ type: "AgreementSigned", data: { ...signed().data, signedOn: "2025-12-31" } }]);
  });

  it("refuses an agreement that was never drafted", () => {
    given([]).when(sign(), { today }).thenRefuses({ kind: "not_found", code: "agreement_not_found" });
  });

  it("refuses an agreement that is already signed", () => {
    given([drafted(), signed()])
      .when(sign(), { today })
      .thenRefuses({ kind: "conflict", code: "agreement_already_signed" });
  });

  it("refuses a signing date after today", () => {
    given([drafted()])
      .when(sign({ signedOn: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "signedOn" });
  });

  it("refuses a signing date after the term ended", () => {
    given([drafted()])
      .when(sign({ signedOn: "2026-01-02" }), { today: "2026-02-01" })
      .thenRefuses({ kind: "validation", code: "term_already_over", field: "signedOn" });
  });

  it("refuses a signing date more than a year before the term starts", () => {
    given([drafted()])
      .when(sign({ signedOn: "2023-12-31" }), { today })
      .thenRefuses({ kind: "validation", code: "signed_too_early", field: "signedOn" });
  });

  it("accepts a signing date exactly a year before the term starts", () => {
    given([drafted()])
      .when(sign({ signedOn: "2024-01-01" }), { today })
      .thenEmits([{ ...signed(), data: { ...signed().data, signedOn: "2024-01-01" } }]);
  });
});
