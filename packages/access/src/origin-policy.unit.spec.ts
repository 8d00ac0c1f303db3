import { describe, expect, it } from "vitest";
import { originAllowed } from "./origin-policy.ts";

const host = "cobuild.example.cn";

describe("which pages may act with the session cookie", () => {
  it("allows the server's own origin and the origins listed, and nothing else", () => {
    const allowed = ["https://board.example.cn"];
    expect(originAllowed(allowed, { origin: `https://${host}`, host })).toBe(true);
    expect(originAllowed(allowed, { origin: "https://board.example.cn", host })).toBe(true);
    expect(originAllowed(allowed, { origin: "https://evil.example.com", host })).toBe(false);
    // Same site, other port: SameSite=Lax would send the cookie; this does not let it act.
    expect(originAllowed(allowed, { origin: `http://${host}:8080`, host })).toBe(false);
    expect(originAllowed(allowed, { origin: "null", host })).toBe(false);
    expect(originAllowed(allowed, { origin: "not a url", host })).toBe(false);
  });

  it("given no Origin, trusts only a browser that says the request came from the same origin or was typed in", () => {
    expect(originAllowed([], { host, fetchSite: "same-origin" })).toBe(true);
    expect(originAllowed([], { host, fetchSite: "none" })).toBe(true);
    expect(originAllowed([], { host, fetchSite: "same-site" })).toBe(false);
    expect(originAllowed([], { host, fetchSite: "cross-site" })).toBe(false);
    // No browser at all (a script): nothing a page could forge.
    expect(originAllowed([], { host })).toBe(true);
  });
});
