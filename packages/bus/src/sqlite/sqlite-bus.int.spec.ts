import { describe, expect, it, vi } from "vitest";
import { busConformance } from "../testing/index.ts";
import { tempBusFile } from "../testing/temp-bus.ts";

busConformance("sqlite", () => tempBusFile());

describe("the SQLite bus's batch publish", () => {
  it("given a batch with one message that has no JSON form, when published, then it is refused and none of the batch is stored", async () => {
    const subject = await tempBusFile();
    try {
      const { bus } = subject;
      const received: string[] = [];
      await bus.subscribe<string>("t", (m) => void received.push(m), { group: "g" });

      await expect(
        bus.publishBatch<unknown>("t", [
          { key: "k", message: "first" },
          { key: "k", message: undefined },
        ]),
      ).rejects.toThrow(TypeError);
      await bus.publish("t", "k", "after");

      await vi.waitFor(() => expect(received).toEqual(["after"]));
    } finally {
      await subject.cleanup();
    }
  });
});
