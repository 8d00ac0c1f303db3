import { describe, expect, it } from "vitest";
import { nextUnitId } from "./unit-id.ts";

const random = () => "random-id";

describe("a new unit's id", () => {
  it("given gm-u01 to gm-u24, when a unit is registered, then it is gm-u25", () => {
    const ids = Array.from({ length: 24 }, (_, i) => `gm-u${String(i + 1).padStart(2, "0")}`);
    expect(nextUnitId(ids, random)).toBe("gm-u25");
  });

  it("given ids out of order with a gap, when a unit is registered, then it follows the highest", () => {
    expect(nextUnitId(["gm-u09", "gm-u02"], random)).toBe("gm-u10");
  });

  it("given ids with different prefixes, when a unit is registered, then it gets the fallback", () => {
    expect(nextUnitId(["gm-u01", "xy-u02"], random)).toBe("random-id");
  });

  it("given no units yet, when the first is registered, then it gets the fallback", () => {
    expect(nextUnitId([], random)).toBe("random-id");
  });

  it("given ids without a number, when a unit is registered, then it gets the fallback", () => {
    expect(nextUnitId(["school", "hospital"], random)).toBe("random-id");
  });
});
