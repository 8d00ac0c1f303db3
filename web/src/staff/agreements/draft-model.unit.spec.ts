import type { BoardAgreement } from "@cobuild/boards";
import { AmendAgreementInput, DraftAgreementInput } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { issuesByPath, withRequired } from "../shared/required.ts";
import {
  amendBody,
  type DraftForm,
  draftBody,
  emptyRow,
  formOfAgreement,
  newDraftForm,
  nextCommitmentId,
  requiredPaths,
} from "./draft-model.ts";

const filled = (): DraftForm => ({
  unitId: "gm-u01",
  title: "市一中2026年度共驻共建协议书",
  termStart: "2026-01-01",
  termEnd: "2026-12-31",
  commitments: [
    {
      commitmentId: "c1",
      category: "environment",
      description: "植树",
      target: "200",
      unitOfMeasure: "棵",
      dueDate: "2026-10-01",
    },
  ],
});

describe("a new draft", () => {
  it("given a day in spring, when a draft starts, then its term is this calendar year", () => {
    const form = newDraftForm("2026-03-10");
    expect([form.termStart, form.termEnd]).toEqual(["2026-01-01", "2026-12-31"]);
    expect(form.commitments).toHaveLength(1);
    expect(form.commitments[0]?.dueDate).toBe("2026-12-31");
  });

  it("given a day in the last quarter, when a draft starts, then its term is next year", () => {
    const form = newDraftForm("2025-11-23", "gm-u02");
    expect([form.termStart, form.termEnd, form.unitId]).toEqual(["2026-01-01", "2026-12-31", "gm-u02"]);
  });
});

describe("commitment rows", () => {
  it("given rows c1 and c3 (c2 removed), when a row is added, then it takes c4, never a used id", () => {
    const rows = [emptyRow([], "2026-12-31"), { ...emptyRow([], "2026-12-31"), commitmentId: "c3" }];
    expect(nextCommitmentId(rows)).toBe("c4");
  });

  it("given rows with ids from elsewhere, when a row is added, then it starts at c1", () => {
    expect(nextCommitmentId([{ ...emptyRow([], "2026-12-31"), commitmentId: "x-9" }])).toBe("c1");
  });
});

describe("the bodies sent", () => {
  it("given a filled form, when drafted, then the body passes the domain's DraftAgreementInput", () => {
    const body = draftBody(filled(), "a-1", "guangming");
    expect(DraftAgreementInput.safeParse(body).success).toBe(true);
    expect(body.commitments[0]?.targetQuantity).toBe(200);
  });

  it("given a filled form, when amended, then the body passes AmendAgreementInput and names no parties", () => {
    const body = amendBody(filled(), "a-1");
    expect(AmendAgreementInput.safeParse(body).success).toBe(true);
    expect(body).not.toHaveProperty("unitId");
  });

  it("given a draft on the board, when opened to amend, then the form holds its content with ids kept", () => {
    const agreement: BoardAgreement = {
      agreementId: "a-1",
      unitId: "gm-u01",
      title: "协议",
      status: "draft",
      termStart: "2026-01-01",
      termEnd: "2026-12-31",
      signedOn: null,
      meetingId: null,
      commitments: {
        k9: {
          commitmentId: "k9",
          category: "culture",
          description: "文艺演出",
          targetQuantity: 2.5,
          unitOfMeasure: "场",
          dueDate: "2026-06-01",
          logged: 0,
          verified: 0,
          fulfilledOn: null,
        },
      },
    };
    const form = formOfAgreement(agreement);
    expect(form.commitments).toEqual([
      {
        commitmentId: "k9",
        category: "culture",
        description: "文艺演出",
        target: "2.5",
        unitOfMeasure: "场",
        dueDate: "2026-06-01",
      },
    ]);
  });
});

describe("what a form reports before sending", () => {
  it("given a row left blank, when checked, then each of its fields is required at its own path", () => {
    const form = filled();
    form.commitments.push(emptyRow(form.commitments, ""));
    const schema = withRequired(DraftAgreementInput, requiredPaths(form, true));
    const issues = issuesByPath(schema, draftBody(form, "a-1", "guangming"));
    expect(issues).toEqual({
      "commitments.1.category": "required",
      "commitments.1.description": "required",
      "commitments.1.targetQuantity": "required",
      "commitments.1.unitOfMeasure": "required",
      "commitments.1.dueDate": "required",
    });
  });

  it("given a due date after the term, when checked, then the domain's rule names that row's due date", () => {
    const form = filled();
    form.commitments[0] = { ...(form.commitments[0] ?? emptyRow([], "")), dueDate: "2027-02-01" };
    const schema = withRequired(DraftAgreementInput, requiredPaths(form, true));
    expect(issuesByPath(schema, draftBody(form, "a-1", "guangming"))).toEqual({
      "commitments.0.dueDate": "due_date_outside_term",
    });
  });

  it("given a target that is not a number, when checked, then the target is reported, not as required", () => {
    const form = filled();
    form.commitments[0] = { ...(form.commitments[0] ?? emptyRow([], "")), target: "两百" };
    const schema = withRequired(DraftAgreementInput, requiredPaths(form, true));
    const issues = issuesByPath(schema, draftBody(form, "a-1", "guangming"));
    expect(Object.keys(issues)).toEqual(["commitments.0.targetQuantity"]);
    expect(issues["commitments.0.targetQuantity"]).not.toBe("required");
  });
});
