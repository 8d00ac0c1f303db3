import type { CobuildEvent, Grant } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { foldBoards } from "../fold.ts";
import type { BoardProjection, ProjectedEvent } from "../projection.ts";
import { auditAccountsProjection } from "./accounts-projection.ts";
import type { AuditDay } from "./board.ts";
import { AUDIT_PAGE } from "./board.ts";
import { auditProjection } from "./projection.ts";

const projections = [auditProjection, auditAccountsProjection] as BoardProjection[];

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

const entriesOf = (boards: ReturnType<typeof foldBoards>, key: string, kind = "audit") =>
  Object.values((boards.get(`${kind}:${key}`)?.data as AuditDay | undefined)?.entries ?? {});

describe("the audit days", () => {
  it("given an event of a community, then that community's day lists who did it, what and to which unit", () => {
    const boards = foldBoards(projections, [at(unitRegistered, "unit-school", "wang")]);
    expect(entriesOf(boards, "gm/2026-01-05/0")).toEqual([
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
    const boards = foldBoards(projections, [
      at(unitRegistered, "unit-school", "wang"),
      at(unitRegistered, "unit-school", "zhao", "2026-01-06"),
    ]);
    expect(entriesOf(boards, "gm/2026-01-05/0").map((entry) => entry.actor)).toEqual(["wang"]);
    expect(entriesOf(boards, "gm/2026-01-06/0").map((entry) => entry.actor)).toEqual(["zhao"]);
  });

  it("given an account's events, then every community it holds a role in sees them, a password reset included", () => {
    const boards = foldBoards(projections, [
      at(accountCreated, "account-li", "wang"),
      at(roleGranted, "account-li", "zhao"),
      at(passwordReset, "account-li", "zhao"),
    ]);
    expect(entriesOf(boards, "gm/2026-01-05", "audit-accounts").map((entry) => entry.type)).toEqual([
      "AccountCreated",
      "RoleGranted",
      "PasswordChanged",
    ]);
    expect(entriesOf(boards, "xf/2026-01-05", "audit-accounts").map((entry) => entry.type)).toEqual([
      "RoleGranted",
      "PasswordChanged",
    ]);
  });

  it("never copies an event's data beyond who, what, where and which unit", () => {
    const boards = foldBoards(projections, [at(accountCreated, "account-li", "wang")]);
    expect(JSON.stringify(entriesOf(boards, "gm/2026-01-05", "audit-accounts"))).toContain("AccountCreated");
    expect(JSON.stringify(entriesOf(boards, "gm/2026-01-05", "audit-accounts"))).not.toContain("scrypt");
  });

  it("given a day busier than one page, then its entries go on as many pages as it takes, in order", () => {
    const busy = Array.from({ length: AUDIT_PAGE + 3 }, () =>
      at(unitRegistered, "unit-school", "wang", "2026-02-01"),
    );
    const boards = foldBoards(projections, busy);
    const first = entriesOf(boards, "gm/2026-02-01/0");
    const second = entriesOf(boards, "gm/2026-02-01/1");
    expect(first).toHaveLength(AUDIT_PAGE);
    expect(second).toHaveLength(3);
    expect(boards.has("audit:gm/2026-02-01/2")).toBe(false);
  });
});
