import type { Grant } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { mayActOnClaim, mayManageTeam, rightsIn } from "./rights.ts";

const where = { streetId: "s1", communityId: "c1" };
const leader: Grant = { role: "team_leader", ...where, teamId: "t-patrol" };
const member: Grant = { role: "member", ...where, personId: "p-1" };
const staff: Grant = { role: "community_staff", ...where };
const otherStaff: Grant = { role: "community_staff", streetId: "s1", communityId: "c2" };

describe("rights over teams and posts", () => {
  it("Given a leader grant, When reading rights in its community, Then the team is led and nothing else", () => {
    const rights = rightsIn([leader], "c1");
    expect(rights).toEqual({ staff: false, leaderTeamIds: ["t-patrol"], personId: undefined });
    expect(mayManageTeam(rights, "t-patrol")).toBe(true);
    expect(mayManageTeam(rights, "t-repair")).toBe(false);
  });

  it("Given grants of another community, When reading rights here, Then they count for nothing", () => {
    const rights = rightsIn([otherStaff, { ...leader, communityId: "c2" }], "c1");
    expect(rights).toEqual({ staff: false, leaderTeamIds: [], personId: undefined });
  });

  it("Given a leader, When a claim is their team's or not, Then only their team's claims may be acted on", () => {
    const rights = rightsIn([leader], "c1");
    expect(mayActOnClaim(rights, { personId: "p-9", teamId: "t-patrol" })).toBe(true);
    expect(mayActOnClaim(rights, { personId: "p-9", teamId: "t-repair" })).toBe(false);
    expect(mayActOnClaim(rights, { personId: "p-9", teamId: null })).toBe(false);
  });

  it("Given a member, When a claim is their own or someone else's, Then only their own may be acted on", () => {
    const rights = rightsIn([member], "c1");
    expect(rights.personId).toBe("p-1");
    expect(mayActOnClaim(rights, { personId: "p-1", teamId: null })).toBe(true);
    expect(mayActOnClaim(rights, { personId: "p-1", teamId: "t-patrol" })).toBe(true);
    expect(mayActOnClaim(rights, { personId: "p-2", teamId: null })).toBe(false);
  });

  it("Given staff or the street admin, When reading rights, Then every claim and team is theirs to manage", () => {
    for (const grant of [staff, { role: "street_admin", streetId: "s1" } satisfies Grant]) {
      const rights = rightsIn([grant], "c1");
      expect(rights.staff).toBe(true);
      expect(mayManageTeam(rights, "anything")).toBe(true);
      expect(mayActOnClaim(rights, { personId: "p-2", teamId: null })).toBe(true);
    }
  });
});
