import { DisputeContributionInput } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { issuesByPath, withRequired } from "./required.ts";

const ids = { agreementId: "a1", contributionId: "k1" };

describe("required fields on top of a domain schema", () => {
  it("given a blank reason, when checked, then it is required, not 'too small'", () => {
    const schema = withRequired(DisputeContributionInput, ["reason"]);
    expect(issuesByPath(schema, { ...ids, reason: "   " })).toEqual({ reason: "required" });
  });

  it("given a filled reason, when checked, then the domain schema decides and accepts it", () => {
    const schema = withRequired(DisputeContributionInput, ["reason"]);
    expect(schema.safeParse({ ...ids, reason: "数量与现场不符" }).success).toBe(true);
  });

  it("given a reason with an invisible character, when checked, then the domain's own rule is reported", () => {
    const schema = withRequired(DisputeContributionInput, ["reason"]);
    expect(issuesByPath(schema, { ...ids, reason: "不符\u202E" })).toEqual({
      reason: "invisible_characters",
    });
  });

  it("given an unknown key, when checked, then the domain's strictness still refuses it", () => {
    const schema = withRequired(DisputeContributionInput, ["reason"]);
    expect(issuesByPath(schema, { ...ids, reason: "x", extra: 1 })).toHaveProperty([""]);
  });
});
