import { describe, expect, it } from "vitest";
import { actorName, auditUrl, lastWeek } from "./audit-query.ts";

describe("the audit page's query", () => {
  it("starts with the seven days up to today", () => {
    expect(lastWeek("2026-03-03")).toMatchObject({ from: "2026-02-25", to: "2026-03-03" });
  });

  it("sends only the filters that are set, and asks for CSV when exporting", () => {
    const filters = { ...lastWeek("2026-03-03"), actor: "li.na", type: "ContributionLogged" };
    expect(auditUrl("gm", filters)).toBe(
      "/api/communities/gm/audit?from=2026-02-25&to=2026-03-03&actor=li.na&type=ContributionLogged",
    );
    expect(auditUrl("gm", lastWeek("2026-03-03"), "csv")).toBe(
      "/api/communities/gm/audit?from=2026-02-25&to=2026-03-03&format=csv",
    );
  });

  it("names people from the accounts board, the platform as the system, and anyone else by username", () => {
    const names = { "li.na": { displayName: "李娜" } };
    expect(actorName("li.na", names, "系统")).toBe("李娜");
    expect(actorName("system:expiry-sweep", names, "系统")).toBe("系统");
    expect(actorName("gone", names, "系统")).toBe("gone");
  });
});
