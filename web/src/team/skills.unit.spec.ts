import { AddMemberInput } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { parseSkills } from "./skills.ts";

describe("skills typed in one box", () => {
  it("Given skills separated by full- and half-width commas, 顿号 and spaces, When parsing, Then each skill stands alone", () => {
    expect(parseSkills(" 电工，法律, 护理、 急救  驾驶 ")).toEqual(["电工", "法律", "护理", "急救", "驾驶"]);
  });

  it("Given an empty box, When parsing, Then there are no skills", () => {
    expect(parseSkills("  ，, ")).toEqual([]);
  });

  it("Given a skill typed twice, When the domain checks the member, Then the duplicate is pointed out", () => {
    const checked = AddMemberInput.safeParse({
      teamId: "t",
      personId: "p",
      skills: parseSkills("电工 电工"),
    });
    expect(checked.success).toBe(false);
  });
});
