import type { CobuildEvent, Grant } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { foldBoards } from "../fold.ts";
import type { ProjectedEvent } from "../projection.ts";
import type { AuditDay } from "./board.ts";
import { auditProjection as projection } from "./projection.ts";

const liaisonGm: Grant = { role: "unit_liaison", streetId: "s1", communityId: "gm", unitId: "school" };
const keeperXf: Grant = { role: "supermarket_keeper", streetId: "s1", communityId: "xf" };

let position = 0;
const at = (fact: CobuildEvent, streamId: string, actor: string, day = "2026-01-05"): ProjectedEvent => {
  position += 1;
  return { ...fact, streamId, position, actor, occurredAt: `${day}T08:00:00.000Z` } as ProjectedEvent;
};

const unitRegistered: CobuildEvent = {
  type: "UnitRegistered",
  data: {
    unitId: "school",
    communityId: "gm",
    name: "光明小学",
    kind: "school",
    partyOrganisation: "光明小学党支部",
    inServiceMembers: 12,
  },
};
const accountCreated: CobuildEvent = {
  type: "AccountCreated",
  data: { username: "li", displayName: "李", passwordHash: "scrypt$x", grants: [liaisonGm] },
};
const roleGranted: CobuildEvent = { type: "RoleGranted", data: { username: "li", grant: keeperXf } };
const passwordReset: CobuildEvent = {
  type: "PasswordChanged",
  data: { username: "li", passwordHash: "scrypt$y", how: "reset" },
};

const entriesOf = (boards: ReturnType<typeof foldBoards>, key: string) =>
  Object.values((boards.get(`audit:${key}`)?.data as AuditDay | undefined)?.entries ?? {});

describe("the audit days", () => {
  it("given an event of a community, then that community's day lists who did it, what and to which unit", () => {
    const boards = foldBoards([projection], [at(unitRegistered, "unit-school", "wang")]);
    expect(entriesOf(boards, "gm/2026-01-05")).toEqual([
      {
        at: "2026-01-05T08:00:00.000Z",
        actor: "wang",
        type: "UnitRegistered",
        stream: "unit-school",
        unitId: "school",
      },
    ]);
  });

  it("given events on two days, then each day has its own board", () => {
    const boards = foldBoards(
      [projection],
      [at(unitRegistered, "unit-school", "wang"), at(unitRegistered, "unit-school", "zhao", "2026-01-06")],
    );
    expect(entriesOf(boards, "gm/2026-01-05").map((entry) => entry.actor)).toEqual(["wang"]);
    expect(entriesOf(boards, "gm/2026-01-06").map((entry) => entry.actor)).toEqual(["zhao"]);
  });

  it("given an account's events, then every community it holds a role in sees them, a password reset included", () => {
    const boards = foldBoards(
      [projection],
      [
        at(accountCreated, "account-li", "wang"),
        at(roleGranted, "account-li", "zhao"),
        at(passwordReset, "account-li", "zhao"),
      ],
    );
    expect(entriesOf(boards, "gm/2026-01-05").map((entry) => entry.type)).toEqual([
      "AccountCreated",
      "RoleGranted",
      "PasswordChanged",
    ]);
    expect(entriesOf(boards, "xf/2026-01-05").map((entry) => entry.type)).toEqual([
      "RoleGranted",
      "PasswordChanged",
    ]);
  });

  it("never copies an event's data beyond who, what, where and which unit", () => {
    const boards = foldBoards([projection], [at(accountCreated, "account-li", "wang")]);
    expect(JSON.stringify(entriesOf(boards, "gm/2026-01-05"))).not.toContain("scrypt");
  });
});
