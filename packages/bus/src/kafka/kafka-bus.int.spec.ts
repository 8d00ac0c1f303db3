import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { openKafkaBus } from "./kafka-bus.ts";

/** A local address nothing listens on: a port the OS just handed out and took back. */
async function closedAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("expected a TCP address");
  return `127.0.0.1:${address.port}`;
}

describe("openKafkaBus", () => {
  it("given no broker at the addresses, when the bus opens, then it rejects with an error naming them", async () => {
    const broker = await closedAddress();

    const opening = openKafkaBus({ brokers: [broker], clientId: "unreachable", logLevel: "nothing" });

    await expect(opening).rejects.toThrow(`Kafka at ${broker} is unreachable`);
  });

  it("given no broker addresses, when the bus opens, then it rejects before connecting", async () => {
    await expect(openKafkaBus({ brokers: [], clientId: "none" })).rejects.toThrow("at least one broker");
  });
});
