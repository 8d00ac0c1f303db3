import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issueCode } from "./issue-code.ts";

const codesOf = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input).error?.issues.map(issueCode) ?? [];

describe("the code of a validation issue", () => {
  it("given an empty required text, then it is 'required', and a text below a longer minimum is 'too_short'", () => {
    expect(codesOf(z.string().min(1), "")).toEqual(["required"]);
    expect(codesOf(z.string().min(4), "ab")).toEqual(["too_short"]);
  });

  it("given an empty list that needs an item, then it is 'too_few'", () => {
    expect(codesOf(z.array(z.string()).min(1), [])).toEqual(["too_few"]);
  });

  it("given a zero where more is needed, then it stays 'too_small'", () => {
    expect(codesOf(z.number().positive(), 0)).toEqual(["too_small"]);
  });

  it("given a custom rule that names itself, then its own code is used", () => {
    const schema = z.string().refine((s) => s !== "x", { params: { code: "no_x" } });
    expect(codesOf(schema, "x")).toEqual(["no_x"]);
  });
});
