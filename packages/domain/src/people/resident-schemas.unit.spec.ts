import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  approve,
  approved,
  residentData,
  residentRegistered,
  revoke,
  revoked,
} from "../testing/people-fixtures.ts";
import {
  ApproveResidentInput,
  RegisterResidentInNeedInput,
  RevokeResidentApprovalInput,
  residentCommandSchemas,
} from "./resident-commands.ts";
import { ResidentEvent, residentCategories } from "./resident-events.ts";

/** The path and rule code of every issue, which is what a form shows next to its fields. */
const issuesOf = (result: z.ZodSafeParseResult<unknown>) =>
  (result.error?.issues ?? []).map((issue) => ({
    path: issue.path,
    code: issue.code === "custom" ? issue.params?.code : issue.code,
  }));

const resident = (overrides: Record<string, unknown>) => ({ ...residentData(), ...overrides });

describe("RegisterResidentInNeedInput", () => {
  it("accepts every category and refuses others", () => {
    for (const category of residentCategories) {
      expect(issuesOf(RegisterResidentInNeedInput.safeParse(resident({ category })))).toEqual([]);
    }
    expect(issuesOf(RegisterResidentInNeedInput.safeParse(resident({ category: "student" })))).toEqual([
      { path: ["category"], code: "invalid_value" },
    ]);
  });

  it("counts a household as a whole number of people from 1 to 20", () => {
    const size = (householdSize: number) =>
      RegisterResidentInNeedInput.safeParse(resident({ householdSize })).success;
    expect([1, 7, 20].map(size)).toEqual([true, true, true]);
    expect([0, 21, 2.5].map(size)).toEqual([false, false, false]);
  });

  it("defaults the note to empty, and the address is optional but not blank", () => {
    const { note: _n, address: _a, ...bare } = residentData();
    expect(RegisterResidentInNeedInput.parse(bare)).toEqual({ ...bare, note: "" });
    expect(issuesOf(RegisterResidentInNeedInput.safeParse(resident({ address: "  " })))).toEqual([
      { path: ["address"], code: "too_small" },
    ]);
  });

  it("refuses unknown keys", () => {
    expect(issuesOf(RegisterResidentInNeedInput.safeParse(resident({ income: 800 })))).toEqual([
      { path: [], code: "unrecognized_keys" },
    ]);
  });
});

describe("ApproveResidentInput and RevokeResidentApprovalInput", () => {
  it("require a real date", () => {
    expect(issuesOf(ApproveResidentInput.safeParse({ ...approve().data, approvedOn: "2025-13-01" }))).toEqual(
      [{ path: ["approvedOn"], code: "invalid_format" }],
    );
    expect(issuesOf(RevokeResidentApprovalInput.safeParse({ ...revoke().data, revokedOn: "soon" }))).toEqual([
      { path: ["revokedOn"], code: "invalid_format" },
    ]);
  });

  it("require a non-blank reason for a revocation, at most 500 characters", () => {
    const { reason: _r, ...noReason } = revoke().data;
    expect(issuesOf(RevokeResidentApprovalInput.safeParse(noReason))).toEqual([
      { path: ["reason"], code: "invalid_type" },
    ]);
    expect(issuesOf(RevokeResidentApprovalInput.safeParse({ ...noReason, reason: " " }))).toEqual([
      { path: ["reason"], code: "too_small" },
    ]);
    expect(
      issuesOf(RevokeResidentApprovalInput.safeParse({ ...noReason, reason: "因".repeat(501) })),
    ).toEqual([{ path: ["reason"], code: "too_big" }]);
  });
});

describe("resident events", () => {
  it("parses stored events back into typed events", () => {
    for (const event of [residentRegistered(), approved(), revoked()]) {
      expect(ResidentEvent.parse(event)).toEqual(event);
    }
    expect(ResidentEvent.safeParse({ type: "ResidentMoved", data: {} }).success).toBe(false);
  });

  it("lists a body schema for every command", () => {
    expect(Object.keys(residentCommandSchemas)).toEqual([
      "RegisterResidentInNeed",
      "ApproveResident",
      "RevokeResidentApproval",
    ]);
  });
});
