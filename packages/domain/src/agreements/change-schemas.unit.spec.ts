import { describe, expect, it } from "vitest";
import {
  amend,
  amended,
  correct,
  corrected,
  dispute,
  disputed,
  expire,
  expired,
  fulfilled,
  issuesOf,
  reopened,
  terminate,
  terminated,
  verified,
  verify,
} from "../testing/agreements-fixtures.ts";
import {
  AmendAgreementInput,
  CorrectContributionInput,
  DisputeContributionInput,
  ExpireAgreementInput,
  TerminateAgreementInput,
  VerifyContributionInput,
} from "./commands.ts";
import { AgreementEvent, agreementEventSchemas } from "./events.ts";

describe("AmendAgreementInput", () => {
  it("accepts new content without the parties, which cannot change", () => {
    expect(AmendAgreementInput.parse(amend().data)).toEqual(amend().data);
    expect(issuesOf(AmendAgreementInput.safeParse({ ...amend().data, unitId: "hospital-1" }))).toEqual([
      { path: [], code: "unrecognized_keys" },
    ]);
  });

  it("applies the draft's rules: term order and length, unique ids, due dates in the term", () => {
    const [trees, rubbish] = amend().data.commitments;
    const body = {
      ...amend().data,
      termEnd: "2031-01-01",
      commitments: [trees, { ...rubbish, commitmentId: "trees", dueDate: "2032-01-01" }],
    };
    expect(issuesOf(AmendAgreementInput.safeParse(body))).toEqual([
      { path: ["termEnd"], code: "term_too_long" },
      { path: ["commitments", 1, "commitmentId"], code: "duplicate_commitment_id" },
      { path: ["commitments", 1, "dueDate"], code: "due_date_outside_term" },
    ]);
    expect(
      issuesOf(AmendAgreementInput.safeParse({ ...amend().data, termEnd: "2024-12-31" })),
    ).toContainEqual({ path: ["termEnd"], code: "term_end_not_after_start" });
  });

  it("refuses an unknown key inside a commitment", () => {
    const [trees] = amend().data.commitments;
    const body = { ...amend().data, commitments: [{ ...trees, target: 5 }] };
    expect(issuesOf(AmendAgreementInput.safeParse(body))).toEqual([
      { path: ["commitments", 0], code: "unrecognized_keys" },
    ]);
  });
});

describe("reasons", () => {
  it("are required, trimmed, at most 500 characters, and may span lines", () => {
    expect(
      DisputeContributionInput.parse({ ...dispute().data, reason: "  数量不符\n照片不清  " }).reason,
    ).toBe("数量不符\n照片不清");
    for (const reason of ["", "   "]) {
      expect(issuesOf(DisputeContributionInput.safeParse({ ...dispute().data, reason }))).toEqual([
        { path: ["reason"], code: "too_small" },
      ]);
    }
    expect(
      issuesOf(TerminateAgreementInput.safeParse({ ...terminate().data, reason: "r".repeat(501) })),
    ).toEqual([{ path: ["reason"], code: "too_big" }]);
    const { reason: _r, ...withoutReason } = correct().data;
    expect(issuesOf(CorrectContributionInput.safeParse(withoutReason))).toEqual([
      { path: ["reason"], code: "invalid_type" },
    ]);
  });
});

describe("CorrectContributionInput", () => {
  it("takes the whole corrected entry: participants and note are not defaulted", () => {
    expect(CorrectContributionInput.parse(correct().data)).toEqual(correct().data);
    const { participants: _p, note: _n, ...partial } = correct().data;
    expect(issuesOf(CorrectContributionInput.safeParse(partial))).toEqual([
      { path: ["participants"], code: "invalid_type" },
      { path: ["note"], code: "invalid_type" },
    ]);
  });

  it("applies the logging rules to quantity and date, and cannot move a contribution to another commitment", () => {
    const body = { ...correct().data, quantity: 0.125, date: "2025-02-30", commitmentId: "rubbish" };
    expect(issuesOf(CorrectContributionInput.safeParse(body))).toEqual([
      { path: ["quantity"], code: "too_many_decimals" },
      { path: ["date"], code: "invalid_format" },
      { path: [], code: "unrecognized_keys" },
    ]);
  });
});

describe("TerminateAgreementInput, ExpireAgreementInput and VerifyContributionInput", () => {
  it("require real dates and ids, and nothing else", () => {
    expect(
      issuesOf(TerminateAgreementInput.safeParse({ ...terminate().data, terminatedOn: "2025-13-01" })),
    ).toEqual([{ path: ["terminatedOn"], code: "invalid_format" }]);
    expect(issuesOf(ExpireAgreementInput.safeParse({ agreementId: "a-1", expiredOn: "2025-12-31" }))).toEqual(
      [{ path: [], code: "unrecognized_keys" }],
    );
    expect(
      issuesOf(VerifyContributionInput.safeParse({ ...verify().data, contributionId: "__proto__" })),
    ).toEqual([{ path: ["contributionId"], code: "invalid_format" }]);
    expect(ExpireAgreementInput.parse(expire().data)).toEqual(expire().data);
  });
});

describe("new agreement events", () => {
  it("parse back into the same typed events, each carrying communityId and unitId", () => {
    const events = [
      amended(),
      verified(),
      disputed(),
      corrected(),
      fulfilled(),
      reopened(),
      terminated(),
      expired(),
    ];
    for (const event of events) {
      expect(AgreementEvent.parse(event)).toEqual(event);
      expect(agreementEventSchemas[event.type].parse(event.data)).toEqual(event.data);
      expect(event.data).toMatchObject({ communityId: "guangming", unitId: "school-1" });
    }
  });

  it("refuse an unknown verification", () => {
    const data = { ...disputed().data, previousVerification: "approved" };
    expect(AgreementEvent.safeParse({ type: "ContributionDisputed", data }).success).toBe(false);
  });
});
