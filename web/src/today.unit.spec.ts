import { afterEach, describe, expect, it } from "vitest";
import { communityToday, setCommunityTimeZone } from "./today.ts";

describe("today as the community counts it", () => {
  afterEach(() => setCommunityTimeZone(undefined));

  it("given the community's zone is Shanghai, when it is 17:00 UTC, then today is already the next day", () => {
    setCommunityTimeZone("Asia/Shanghai");
    expect(communityToday(new Date("2026-11-23T17:00:00Z"))).toBe("2026-11-24");
  });

  it("given an unknown zone from a misconfigured server, then the device's date is used instead of failing", () => {
    setCommunityTimeZone("Mars/Olympus");
    expect(communityToday(new Date("2026-11-23T12:00:00Z"))).toMatch(/^2026-11-2[34]$/);
  });
});
