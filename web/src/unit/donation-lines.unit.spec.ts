import { describe, expect, it } from "vitest";
import { rowsToLines } from "./donation-lines.ts";

const row = (key: string, itemId: string, quantity: string) => ({ key, itemId, quantity });

describe("the donation form's lines", () => {
  it("given two filled rows and a blank one, then the filled rows become lines and the blank one is dropped", () => {
    const result = rowsToLines([row("a", "rice", "20"), row("b", "", " "), row("c", "coat", "３")]);
    expect(result).toEqual({
      lines: [
        { itemId: "rice", quantity: 20 },
        { itemId: "coat", quantity: 3 },
      ],
      issues: {},
    });
  });

  it("given a quantity with three decimals, then that row is refused with too_many_decimals and not sent", () => {
    const result = rowsToLines([row("a", "rice", "1.255"), row("b", "oil", "2")]);
    expect(result.issues).toEqual({ a: { quantity: "too_many_decimals" } });
    expect(result.lines).toEqual([{ itemId: "oil", quantity: 2 }]);
  });

  it("given half-filled rows, then each names what is missing", () => {
    const result = rowsToLines([row("a", "rice", ""), row("b", "", "4")]);
    expect(result.issues).toEqual({ a: { quantity: "required" }, b: { itemId: "required" } });
  });

  it("given the same item twice, then the second row is refused as a repeat", () => {
    const result = rowsToLines([row("a", "rice", "1"), row("b", "rice", "2")]);
    expect(result.issues).toEqual({ b: { itemId: "duplicate_item_id" } });
  });

  it("given zero or text as a quantity, then the row is refused with the schema's code", () => {
    const result = rowsToLines([row("a", "rice", "0"), row("b", "oil", "两袋")]);
    expect(result.issues).toEqual({ a: { quantity: "too_small" }, b: { quantity: "invalid_type" } });
  });
});
