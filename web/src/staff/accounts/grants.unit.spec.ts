import { type Grant, GrantRequest } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { assignableRoles, grantRequest, requestOf } from "./grants.ts";

describe("grants on the accounts page", () => {
  it("offers community staff only to a street admin", () => {
    expect(assignableRoles(true)).toContain("community_staff");
    expect(assignableRoles(false)).not.toContain("community_staff");
    expect(assignableRoles(false)).toContain("unit_liaison");
  });

  it("asks for what a role is held over, and nothing until it is chosen", () => {
    expect(grantRequest("supermarket_keeper", { communityId: "gm" }, "")).toEqual({
      role: "supermarket_keeper",
      communityId: "gm",
    });
    expect(grantRequest("unit_liaison", { communityId: "gm" }, "")).toBeUndefined();
    expect(grantRequest("unit_liaison", { communityId: "gm" }, "school")).toEqual({
      role: "unit_liaison",
      unitId: "school",
    });
    expect(grantRequest("member", { communityId: "gm" }, "p1")).toEqual({ role: "member", personId: "p1" });
  });

  it("gives the street-wide roles over the street on the street's page, and never on a community's", () => {
    expect(grantRequest("street_admin", { streetId: "s1" }, "")).toEqual({
      role: "street_admin",
      streetId: "s1",
    });
    expect(grantRequest("meeting_member", { streetId: "s1" }, "")).toEqual({
      role: "meeting_member",
      streetId: "s1",
    });
    expect(grantRequest("street_admin", { communityId: "gm" }, "")).toBeUndefined();
  });

  it("names every kind of held grant as a request the API accepts for revoking it", () => {
    const held: Grant[] = [
      { role: "street_admin", streetId: "s1" },
      { role: "community_staff", streetId: "s1", communityId: "gm" },
      { role: "meeting_member", streetId: "s1" },
      { role: "meeting_member", streetId: "s1", communityId: "gm" },
      { role: "unit_liaison", streetId: "s1", communityId: "gm", unitId: "school" },
      { role: "team_leader", streetId: "s1", communityId: "gm", teamId: "t1" },
      { role: "member", streetId: "s1", communityId: "gm", personId: "p1" },
      { role: "supermarket_keeper", streetId: "s1", communityId: "gm" },
    ];
    for (const grant of held) expect(GrantRequest.safeParse(requestOf(grant)).success).toBe(true);
    expect(requestOf(held[3] as Grant)).toEqual({ role: "meeting_member", communityId: "gm" });
  });
});
