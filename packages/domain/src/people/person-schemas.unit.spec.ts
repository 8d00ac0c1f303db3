import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  evaluate,
  evaluated,
  personRegistered,
  registerData,
  reportedIn,
  reportIn,
  today,
} from "../testing/people-fixtures.ts";
import {
  EvaluateMemberInput,
  personCommandSchemas,
  RegisterPersonInput,
  ReportInInput,
} from "./person-commands.ts";
import { PersonEvent, partyCategories, personEventSchemas, personKinds } from "./person-events.ts";

/** The path and rule code of every issue, which is what a form shows next to its fields. */
const issuesOf = (result: z.ZodSafeParseResult<unknown>) =>
  (result.error?.issues ?? []).map((issue) => ({
    path: issue.path,
    code: issue.code === "custom" ? issue.params?.code : issue.code,
  }));

const { partyCategory: _c, employerUnitId: _e, ...member } = registerData();
const volunteer = { ...member, kind: "resident_volunteer" };
const person = (overrides: Record<string, unknown>) => ({ ...registerData(), ...overrides });

describe("RegisterPersonInput", () => {
  it("accepts every party category for a party member", () => {
    for (const partyCategory of partyCategories) {
      const { employerUnitId: _employer, ...member } = registerData();
      expect(issuesOf(RegisterPersonInput.safeParse({ ...member, partyCategory }))).toEqual([]);
    }
  });

  it("accepts activists and resident volunteers without a party category", () => {
    for (const kind of personKinds.filter((k) => k !== "party_member")) {
      expect(issuesOf(RegisterPersonInput.safeParse({ ...volunteer, kind }))).toEqual([]);
    }
  });

  it("requires a party category for a party member, with party_category_required", () => {
    expect(issuesOf(RegisterPersonInput.safeParse(person({ partyCategory: undefined })))).toContainEqual({
      path: ["partyCategory"],
      code: "party_category_required",
    });
  });

  it("refuses a party category for anyone else, with party_category_not_allowed", () => {
    const activist = { ...volunteer, kind: "activist", partyCategory: "resident" };
    expect(issuesOf(RegisterPersonInput.safeParse(activist))).toEqual([
      { path: ["partyCategory"], code: "party_category_not_allowed" },
    ]);
  });

  it("allows an employer unit only for in-service members, with employer_not_allowed", () => {
    expect(issuesOf(RegisterPersonInput.safeParse(person({ partyCategory: "retired" })))).toEqual([
      { path: ["employerUnitId"], code: "employer_not_allowed" },
    ]);
    expect(issuesOf(RegisterPersonInput.safeParse({ ...volunteer, employerUnitId: "cdc" }))).toEqual([
      { path: ["employerUnitId"], code: "employer_not_allowed" },
    ]);
    const { employerUnitId: _employer, ...unemployed } = registerData();
    expect(issuesOf(RegisterPersonInput.safeParse(unemployed))).toEqual([]);
  });

  it("defaults skills to none, trims them and refuses repeats with duplicate_skill", () => {
    const { skills: _s, ...bare } = registerData();
    expect(RegisterPersonInput.parse(bare).skills).toEqual([]);
    expect(RegisterPersonInput.parse(person({ skills: [" 理发 ", "维修"] })).skills).toEqual([
      "理发",
      "维修",
    ]);
    expect(issuesOf(RegisterPersonInput.safeParse(person({ skills: ["理发", "维修", " 理发"] })))).toEqual([
      { path: ["skills", 2], code: "duplicate_skill" },
    ]);
  });

  it("takes up to 10 non-blank skills of at most 30 characters", () => {
    const skills = (count: number) => Array.from({ length: count }, (_, index) => `技能${index}`);
    expect(issuesOf(RegisterPersonInput.safeParse(person({ skills: skills(10) })))).toEqual([]);
    expect(issuesOf(RegisterPersonInput.safeParse(person({ skills: skills(11) })))).toEqual([
      { path: ["skills"], code: "too_big" },
    ]);
    expect(issuesOf(RegisterPersonInput.safeParse(person({ skills: [" ", "x".repeat(31)] })))).toEqual([
      { path: ["skills", 0], code: "too_small" },
      { path: ["skills", 1], code: "too_big" },
    ]);
  });

  it("takes an optional phone of at most 30 characters", () => {
    const { phone: _p, ...noPhone } = registerData();
    expect(issuesOf(RegisterPersonInput.safeParse(noPhone))).toEqual([]);
    expect(issuesOf(RegisterPersonInput.safeParse(person({ phone: "1".repeat(31) })))).toEqual([
      { path: ["phone"], code: "too_big" },
    ]);
  });

  it("refuses unknown keys and unknown kinds", () => {
    expect(issuesOf(RegisterPersonInput.safeParse(person({ role: "leader", kind: "cadre" })))).toEqual([
      { path: ["kind"], code: "invalid_value" },
      { path: [], code: "unrecognized_keys" },
    ]);
  });

  it("leaves stored registrations readable under the plain event schema", () => {
    const odd = person({ partyCategory: "retired" });
    expect(RegisterPersonInput.safeParse(odd).success).toBe(false);
    expect(personEventSchemas.PersonRegistered.safeParse(odd).success).toBe(true);
  });
});

describe("ReportInInput", () => {
  it("requires a real date and takes no community", () => {
    expect(issuesOf(ReportInInput.safeParse({ ...reportIn().data, reportedOn: "2025-02-30" }))).toEqual([
      { path: ["reportedOn"], code: "invalid_format" },
    ]);
    expect(issuesOf(ReportInInput.safeParse({ ...reportIn().data, communityId: "guangming" }))).toEqual([
      { path: [], code: "unrecognized_keys" },
    ]);
  });
});

describe("EvaluateMemberInput", () => {
  it("defaults the comment to empty and caps it at 500 characters", () => {
    const { comment: _c, ...bare } = evaluate().data;
    expect(EvaluateMemberInput.parse(bare)).toEqual({ ...bare, comment: "" });
    expect(issuesOf(EvaluateMemberInput.safeParse({ ...bare, comment: "好".repeat(501) }))).toEqual([
      { path: ["comment"], code: "too_big" },
    ]);
  });

  it("takes a whole year and a known grade, and no evaluation date", () => {
    const input = { ...evaluate().data, year: 2024.5, grade: "outstanding", evaluatedOn: today };
    expect(issuesOf(EvaluateMemberInput.safeParse(input))).toEqual([
      { path: ["year"], code: "invalid_type" },
      { path: ["grade"], code: "invalid_value" },
      { path: [], code: "unrecognized_keys" },
    ]);
  });
});

describe("person events", () => {
  it("parses stored events back into typed events", () => {
    for (const event of [personRegistered(), reportedIn(), evaluated()]) {
      expect(PersonEvent.parse(event)).toEqual(event);
    }
    expect(PersonEvent.safeParse({ type: "PersonRenamed", data: {} }).success).toBe(false);
  });

  it("lists a body schema for every command", () => {
    expect(Object.keys(personCommandSchemas)).toEqual(["RegisterPerson", "ReportIn", "EvaluateMember"]);
  });
});
