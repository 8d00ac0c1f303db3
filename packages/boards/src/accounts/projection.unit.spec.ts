import type { AccountEvent, Grant } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { foldBoards } from "../fold.ts";
import type { ProjectedEvent } from "../projection.ts";
import type { AccountsBoard } from "./board.ts";
import { accountsBoardProjection as projection } from "./projection.ts";

const staffGm: Grant = { role: "community_staff", streetId: "s1", communityId: "gm" };
const liaisonGm: Grant = { role: "unit_liaison", streetId: "s1", communityId: "gm", unitId: "school" };
const keeperXf: Grant = { role: "supermarket_keeper", streetId: "s1", communityId: "xf" };
const streetAdmin: Grant = { role: "street_admin", streetId: "s1" };
const HASH = "scrypt$abc";

const at = (fact: AccountEvent, position: number): ProjectedEvent => ({
  ...fact,
  streamId: `account-${fact.data.username}`,
  position,
  occurredAt: new Date(Date.UTC(2026, 0, 5, 8, 0, position)).toISOString(),
});
const created = (username: string, grants: Grant[]): AccountEvent => ({
  type: "AccountCreated",
  data: { username, displayName: `${username}名`, passwordHash: HASH, grants },
});
const granted = (username: string, grant: Grant): AccountEvent => ({
  type: "RoleGranted",
  data: { username, grant },
});
const revoked = (username: string, grant: Grant): AccountEvent => ({
  type: "RoleRevoked",
  data: { username, grant },
});
const passwordChanged = (username: string, how: "self" | "reset"): AccountEvent => ({
  type: "PasswordChanged",
  data: { username, passwordHash: HASH, how },
});

const boardsAfter = (...facts: AccountEvent[]) => {
  const boards = foldBoards([projection], facts.map(at));
  return (key: string) => (boards.get(`accounts:${key}`)?.data as AccountsBoard | undefined)?.accounts;
};

describe("the accounts boards", () => {
  it("given an account with roles in two communities, then each community lists only its own roles", () => {
    const board = boardsAfter(created("wang", [staffGm, keeperXf]));
    expect(board("gm")?.wang?.grants).toEqual([staffGm]);
    expect(board("xf")?.wang?.grants).toEqual([keeperXf]);
    expect(board("gm")?.wang?.displayName).toBe("wang名");
  });

  it("given a street admin, then the street's board lists them and no community board does", () => {
    const board = boardsAfter(created("zhao", [streetAdmin]));
    expect(board("street.s1")?.zhao?.grants).toEqual([streetAdmin]);
    expect(board("gm")).toBeUndefined();
  });

  it("given a role granted in a new community, then that community lists the account too", () => {
    const board = boardsAfter(created("li", [liaisonGm]), granted("li", keeperXf));
    expect(board("xf")?.li?.grants).toEqual([keeperXf]);
    expect(board("gm")?.li?.grants).toEqual([liaisonGm]);
  });

  it("given the only role in a community revoked, then that community no longer lists the account", () => {
    const board = boardsAfter(created("li", [liaisonGm, keeperXf]), revoked("li", liaisonGm));
    expect(board("gm")).toEqual({});
    expect(board("xf")?.li?.grants).toEqual([keeperXf]);
  });

  it("given a reset password, then every board shows it pending until the holder chooses a new one", () => {
    const afterReset = boardsAfter(created("li", [liaisonGm, keeperXf]), passwordChanged("li", "reset"));
    expect(afterReset("gm")?.li?.mustChangePassword).toBe(true);
    expect(afterReset("xf")?.li?.mustChangePassword).toBe(true);
    const afterChoosing = boardsAfter(
      created("li", [liaisonGm]),
      passwordChanged("li", "reset"),
      passwordChanged("li", "self"),
    );
    expect(afterChoosing("gm")?.li?.mustChangePassword).toBe(false);
  });

  it("never lists a password hash", () => {
    const board = boardsAfter(created("li", [liaisonGm]), passwordChanged("li", "reset"));
    expect(JSON.stringify(board("gm"))).not.toContain(HASH);
  });
});
