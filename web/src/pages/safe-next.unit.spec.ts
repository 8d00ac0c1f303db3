import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next.ts";

describe("where to go after logging in", () => {
  it("given a path on this site with a query, then it is followed as it is", () => {
    expect(safeNext("/communities/guangming/board?x=1")).toBe("/communities/guangming/board?x=1");
  });

  it("given no next, an empty one or a relative one, then the user goes home", () => {
    expect(safeNext(null)).toBe("/");
    expect(safeNext("")).toBe("/");
    expect(safeNext("teams/t-patrol")).toBe("/");
  });

  it("given an address of another site, then the user goes home instead", () => {
    expect(safeNext("https://evil.example/")).toBe("/");
    expect(safeNext("//evil.example")).toBe("/");
  });

  it("given a backslash that browsers read as a slash, then the user goes home instead", () => {
    expect(safeNext("/\\evil.example")).toBe("/");
    expect(safeNext("/teams\\..\\x")).toBe("/");
  });

  it("given a tab or newline that browsers drop to make '//', then the user goes home instead", () => {
    expect(safeNext("/\t/evil.example")).toBe("/");
    expect(safeNext("/\n/evil.example")).toBe("/");
  });
});
