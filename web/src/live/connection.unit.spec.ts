import { describe, expect, it } from "vitest";
import { worstConnection } from "./connection.ts";

describe("one connection state for several boards", () => {
  it("given all boards live, then the page is live", () => {
    expect(worstConnection(["live", "live", "live"])).toBe("live");
  });

  it("given one board still connecting, then the page is connecting", () => {
    expect(worstConnection(["live", "connecting", "live"])).toBe("connecting");
  });

  it("given one board offline, then the page is offline whatever the others say", () => {
    expect(worstConnection(["connecting", "live", "offline"])).toBe("offline");
  });
});
