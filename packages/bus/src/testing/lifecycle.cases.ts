import { expect, it } from "vitest";
import type { BusContext } from "./context.ts";

/** Closing: final, and safe to repeat (shutdown paths often close twice). */
export function lifecycleCases(context: BusContext): void {
  it("given a closed bus, when it is closed again, then that resolves", async () => {
    const { bus } = context.subject();
    await bus.close();
    await expect(bus.close()).resolves.toBeUndefined();
  });

  it("given a closed bus, when a message is published, then the publish rejects", async () => {
    const { bus } = context.subject();
    await bus.close();
    await expect(bus.publish(context.topic(), "k", "late")).rejects.toThrow();
  });
}
