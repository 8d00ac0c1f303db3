import { describe, expect, it } from "vitest";
import {
  draftData,
  drafted,
  issuesOf,
  log,
  logged,
  school,
  sign,
  signed,
  today,
} from "../testing/agreements-fixtures.ts";
import {
  agreementCommandSchemas,
  DraftAgreementInput,
  LogContributionInput,
  SignAgreementInput,
} from "./commands.ts";
import { agreementDecider } from "./decider.ts";
import { AgreementEvent, agreementEventSchemas } from "./events.ts";

const commitment = (overrides: Record<string, unknown>) => ({ ...draftData().commitments[0], ...overrides });

describe("DraftAgreementInput", () => {
  it("accepts a well-formed draft and trims text", () => {
    const input = {
      ...draftData(),
      title: "  协议  ",
      commitments: [commitment({ description: " 植树 ", unitOfMeasure: " 棵 " })],
    };
    const parsed = DraftAgreementInput.parse(input);
    expect(parsed.title).toBe("协议");
    expect(parsed.commitments[0]).toMatchObject({ description: "植树", unitOfMeasure: "棵" });
  });

  it("requires the term to end after it starts", () => {
    expect(issuesOf(DraftAgreementInput.safeParse({ ...draftData(), termEnd: "2025-01-01" }))).toContainEqual(
      {
        path: ["termEnd"],
        code: "term_end_not_after_start",
      },
    );
    expect(issuesOf(DraftAgreementInput.safeParse({ ...draftData(), termEnd: "2024-12-31" }))).toContainEqual(
      {
        path: ["termEnd"],
        code: "term_end_not_after_start",
      },
    );
  });

  it("requires unique commitment ids, pointing at the repeat", () => {
    const commitments = [commitment({}), commitment({ commitmentId: "x" }), commitment({})];
    expect(issuesOf(DraftAgreementInput.safeParse({ ...draftData(), commitments }))).toEqual([
      { path: ["commitments", 2, "commitmentId"], code: "duplicate_commitment_id" },
    ]);
  });

  it("requires each due date within the term, inclusive, pointing at the commitment", () => {
    const commitments = [
      commitment({ commitmentId: "a", dueDate: "2025-01-01" }),
      commitment({ commitmentId: "b", dueDate: "2025-12-31" }),
      commitment({ commitmentId: "c", dueDate: "2026-01-01" }),
      commitment({ commitmentId: "d", dueDate: "2024-12-31" }),
    ];
    expect(issuesOf(DraftAgreementInput.safeParse({ ...draftData(), commitments }))).toEqual([
      { path: ["commitments", 2, "dueDate"], code: "due_date_outside_term" },
      { path: ["commitments", 3, "dueDate"], code: "due_date_outside_term" },
    ]);
  });

  it("holds 1 to 50 commitments", () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => commitment({ commitmentId: `c${index}` }));
    expect(DraftAgreementInput.safeParse({ ...draftData(), commitments: many(50) }).success).toBe(true);
    expect(issuesOf(DraftAgreementInput.safeParse({ ...draftData(), commitments: many(51) }))).toEqual([
      { path: ["commitments"], code: "too_big" },
    ]);
    expect(issuesOf(DraftAgreementInput.safeParse({ ...draftData(), commitments: [] }))).toEqual([
      { path: ["commitments"], code: "too_small" },
    ]);
  });

  it("checks each commitment's fields at their own path", () => {
    const commitments = [
      commitment({ description: "  ", unitOfMeasure: "x".repeat(21), category: "sports" }),
      commitment({ commitmentId: "b", description: "y".repeat(201), unitOfMeasure: "" }),
    ];
    expect(issuesOf(DraftAgreementInput.safeParse({ ...draftData(), commitments }))).toEqual([
      { path: ["commitments", 0, "category"], code: "invalid_value" },
      { path: ["commitments", 0, "description"], code: "too_small" },
      { path: ["commitments", 0, "unitOfMeasure"], code: "too_big" },
      { path: ["commitments", 1, "description"], code: "too_big" },
      { path: ["commitments", 1, "unitOfMeasure"], code: "too_small" },
    ]);
  });

  it("takes a positive target with at most two decimals, up to 10 million", () => {
    const target = (targetQuantity: number) =>
      issuesOf(
        DraftAgreementInput.safeParse({ ...draftData(), commitments: [commitment({ targetQuantity })] }),
      );
    for (const ok of [0.01, 2.5, 200, 10_000_000]) expect(target(ok)).toEqual([]);
    const path = ["commitments", 0, "targetQuantity"];
    expect(target(0)).toEqual([{ path, code: "too_small" }]);
    expect(target(-1)).toEqual([{ path, code: "too_small" }]);
    expect(target(10_000_000.01)).toEqual([{ path, code: "too_big" }]);
    expect(target(1.005)).toEqual([{ path, code: "too_many_decimals" }]);
    expect(target(0.1 + 0.2)).toEqual([{ path, code: "too_many_decimals" }]);
  });

  it("leaves stored drafts readable under the plain event schema", () => {
    const odd = { ...draftData(), termEnd: "2024-06-01" };
    expect(DraftAgreementInput.safeParse(odd).success).toBe(false);
    expect(agreementEventSchemas.AgreementDrafted.safeParse(odd).success).toBe(true);
  });
});

describe("SignAgreementInput", () => {
  it("requires a real date and both signatories", () => {
    const result = SignAgreementInput.safeParse({
      ...sign().data,
      signedOn: "2025-02-30",
      unitSignatory: " ",
    });
    expect(issuesOf(result)).toEqual([
      { path: ["signedOn"], code: "invalid_format" },
      { path: ["unitSignatory"], code: "too_small" },
    ]);
  });
});

describe("LogContributionInput", () => {
  it("defaults participants to 0 and the note to empty", () => {
    const { participants: _p, note: _n, ...bare } = log().data;
    expect(LogContributionInput.parse(bare)).toEqual({ ...bare, participants: 0, note: "" });
  });

  it("trims the note and caps it at 500 characters", () => {
    expect(LogContributionInput.parse({ ...log().data, note: "  好  " }).note).toBe("好");
    expect(issuesOf(LogContributionInput.safeParse({ ...log().data, note: "n".repeat(501) }))).toEqual([
      { path: ["note"], code: "too_big" },
    ]);
  });

  it("takes a positive quantity with at most two decimals and a whole number of participants", () => {
    const result = LogContributionInput.safeParse({ ...log().data, quantity: 0.125, participants: 1.5 });
    expect(issuesOf(result)).toEqual([
      { path: ["quantity"], code: "too_many_decimals" },
      { path: ["participants"], code: "invalid_type" },
    ]);
    expect(
      issuesOf(LogContributionInput.safeParse({ ...log().data, quantity: 0, participants: 10_001 })),
    ).toEqual([
      { path: ["quantity"], code: "too_small" },
      { path: ["participants"], code: "too_big" },
    ]);
  });
});

describe("agreement events and command maps", () => {
  it("parses every event the decider emits back into the same typed event", () => {
    const emitted = [
      ...agreementDecider.decide(
        { type: "DraftAgreement", data: draftData() },
        { status: "none" },
        { today, unit: school },
      ),
      signed(),
      logged(),
    ];
    for (const event of emitted) {
      expect(AgreementEvent.parse(event)).toEqual(event);
      expect(agreementEventSchemas[event.type].parse(event.data)).toEqual(event.data);
    }
    expect(emitted[0]).toEqual(drafted());
  });

  it("refuses unknown event types and malformed data", () => {
    expect(AgreementEvent.safeParse({ type: "AgreementTorn", data: {} }).success).toBe(false);
    expect(
      AgreementEvent.safeParse({ type: "ContributionLogged", data: { ...logged().data, quantity: -1 } })
        .success,
    ).toBe(false);
  });

  it("maps every command type to its input schema", () => {
    expect(Object.keys(agreementCommandSchemas).sort()).toEqual([
      "AmendAgreement",
      "CorrectContribution",
      "DisputeContribution",
      "DraftAgreement",
      "ExpireAgreement",
      "LogContribution",
      "SignAgreement",
      "TerminateAgreement",
      "VerifyContribution",
    ]);
    expect(agreementCommandSchemas.LogContribution).toBe(LogContributionInput);
  });
});

describe("inputs refuse what they would otherwise drop or mangle", () => {
  it("refuses a misspelt field instead of silently storing the default", () => {
    const body = { ...log().data, participant: 12 };
    expect(issuesOf(LogContributionInput.safeParse(body))).toContainEqual({
      path: [],
      code: "unrecognized_keys",
    });
  });

  it("refuses an unknown key inside a commitment", () => {
    const body = { ...draftData(), commitments: [commitment({ target: 5 })] };
    expect(issuesOf(DraftAgreementInput.safeParse(body))).toContainEqual({
      path: ["commitments", 0],
      code: "unrecognized_keys",
    });
  });

  it("refuses a term longer than five years", () => {
    const body = { ...draftData(), termEnd: "2031-01-01" };
    expect(issuesOf(DraftAgreementInput.safeParse(body))).toContainEqual({
      path: ["termEnd"],
      code: "term_too_long",
    });
  });

  it.each(["a\u0000b", "光明\u202e社区", "\u200b"])(
    "refuses invisible or direction-changing characters in %j",
    (title) => {
      const codes = issuesOf(DraftAgreementInput.safeParse({ ...draftData(), title }));
      expect(codes.map((c) => c.path)).toContainEqual(["title"]);
    },
  );

  it("keeps line breaks in a note", () => {
    expect(LogContributionInput.parse({ ...log().data, note: "第一行\n第二行" }).note).toBe("第一行\n第二行");
  });

  it("refuses __proto__ and other ids that do not start with a letter or digit", () => {
    for (const agreementId of ["__proto__", "-a", "_x"]) {
      expect(issuesOf(SignAgreementInput.safeParse({ ...sign().data, agreementId }))).toContainEqual({
        path: ["agreementId"],
        code: "invalid_format",
      });
    }
  });
});
