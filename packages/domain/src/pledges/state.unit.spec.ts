import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import { fulfilmentRecorded, made, rejected, struckOff, withdrawn } from "../testing/pledges-fixtures.ts";
import { pledgeDecider } from "./decider.ts";
import { pendingFulfilment } from "./state.ts";

describe("a pledge's folded state", () => {
  it("is open with its fulfilments in order, one of them pending", () => {
    const state = fold(pledgeDecider, [
      made(),
      fulfilmentRecorded(),
      rejected(),
      fulfilmentRecorded({ fulfilmentId: "f2" }),
    ]);
    expect(state.status).toBe("open");
    if (state.status === "none") return;
    expect([...state.fulfilments.entries()].map(([id, f]) => [id, f.status])).toEqual([
      ["f1", "rejected"],
      ["f2", "pending"],
    ]);
    expect(pendingFulfilment(state)?.fulfilmentId).toBe("f2");
  });

  it("is struck off with the verified fulfilment, or withdrawn with the reason", () => {
    const struck = fold(pledgeDecider, [made(), fulfilmentRecorded(), struckOff()]);
    expect(struck).toMatchObject({ status: "struck_off", closedOn: "2025-06-15" });
    if (struck.status !== "none") expect(struck.fulfilments.get("f1")?.status).toBe("verified");
    expect(fold(pledgeDecider, [made(), withdrawn()])).toMatchObject({
      status: "withdrawn",
      withdrawReason: "重复登记",
    });
  });

  it("ignores what cannot follow: a second PledgeMade, a fulfilment before any pledge", () => {
    expect(fold(pledgeDecider, [fulfilmentRecorded()])).toEqual({ status: "none" });
    const state = fold(pledgeDecider, [made(), made({ content: "别的" })]);
    expect(state).toMatchObject({ content: "每月为独居老人义务理发一次" });
  });

  it("never changes the state it is given", () => {
    const open = fold(pledgeDecider, [made(), fulfilmentRecorded()]);
    pledgeDecider.evolve(open, rejected());
    if (open.status !== "none") expect(open.fulfilments.get("f1")?.status).toBe("pending");
  });
});
