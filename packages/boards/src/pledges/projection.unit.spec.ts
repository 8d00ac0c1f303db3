import type { PersonEvent, PledgeEvent, RegistryEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { foldBoards } from "../fold.ts";
import type { ProjectedEvent } from "../projection.ts";
import type { PledgesBoard } from "./board.ts";
import { pledgesBoardProjection } from "./projection.ts";

type Fact = PledgeEvent | PersonEvent | RegistryEvent;

let position = 0;
const stored = (event: Fact): ProjectedEvent => ({
  ...event,
  streamId: "s",
  position: ++position,
  occurredAt: "2025-06-15T08:00:00.000Z",
});

const given = (...events: Fact[]): PledgesBoard | undefined =>
  foldBoards([pledgesBoardProjection], events.map(stored)).get("pledges:gm")?.data as
    | PledgesBoard
    | undefined;

const registered: Fact[] = [
  {
    type: "UnitRegistered",
    data: {
      unitId: "school",
      communityId: "gm",
      name: "光明小学",
      kind: "school",
      partyOrganisation: "光明小学党支部",
      inServiceMembers: 12,
    },
  },
  {
    type: "PersonRegistered",
    data: {
      personId: "li",
      communityId: "gm",
      name: "李明",
      kind: "party_member",
      partyCategory: "in_service",
      employerUnitId: "school",
      skills: [],
    },
  },
];

const made = (
  pledgeId: string,
  overrides: Partial<Extract<PledgeEvent, { type: "PledgeMade" }>["data"]> = {},
) =>
  ({
    type: "PledgeMade",
    data: {
      pledgeId,
      communityId: "gm",
      streetId: "dongfeng",
      pledger: { kind: "member", personId: "li", unitId: "school" },
      content: "每月为独居老人理发",
      category: "elderly",
      madeTo: "residents",
      dueOn: "2025-12-31",
      madeOn: "2025-01-10",
      ...overrides,
    },
  }) satisfies PledgeEvent;
const recorded = (pledgeId: string, fulfilmentId = "f1"): PledgeEvent => ({
  type: "FulfilmentRecorded",
  data: { pledgeId, communityId: "gm", fulfilmentId, doneOn: "2025-06-01", evidence: "已理发六次" },
});
const rejected = (pledgeId: string, fulfilmentId = "f1"): PledgeEvent => ({
  type: "FulfilmentRejected",
  data: { pledgeId, communityId: "gm", fulfilmentId, reason: "缺少签到表", rejectedOn: "2025-06-02" },
});
const struckOff = (pledgeId: string, fulfilmentId = "f1"): PledgeEvent => ({
  type: "PledgeStruckOff",
  data: { pledgeId, communityId: "gm", fulfilmentId, verifiedOn: "2025-06-03" },
});
const withdrawn = (pledgeId: string): PledgeEvent => ({
  type: "PledgeWithdrawn",
  data: { pledgeId, communityId: "gm", reason: "重复登记", withdrawnOn: "2025-06-04" },
});

describe("the pledges board", () => {
  it("given a member's pledge, then it is listed open with the member's and the unit's names", () => {
    const board = given(...registered, made("p1"));
    expect(board?.pledges.p1).toMatchObject({
      pledgerName: "李明",
      unitName: "光明小学",
      status: "open",
      dueOn: "2025-12-31",
      fulfilment: null,
    });
  });

  it("names the two committees by none, a cadre by the name given, and an unregistered member by the id", () => {
    const board = given(
      made("p1", { pledger: { kind: "committee" } }),
      made("p2", { pledger: { kind: "cadre", name: "王主任" } }),
      made("p3", { pledger: { kind: "member", personId: "ghost" } }),
    );
    expect(board?.pledges.p1?.pledgerName).toBeNull();
    expect(board?.pledges.p2?.pledgerName).toBe("王主任");
    expect(board?.pledges.p3).toMatchObject({ pledgerName: "ghost", unitName: null });
  });

  it("given a fulfilment recorded, rejected, recorded again and verified, then the status follows and the pledge is struck off", () => {
    expect(given(made("p1"), recorded("p1"))?.pledges.p1).toMatchObject({
      status: "fulfilment_pending",
      fulfilment: { fulfilmentId: "f1", evidence: "已理发六次" },
    });
    expect(given(made("p1"), recorded("p1"), rejected("p1"))?.pledges.p1).toMatchObject({
      status: "open",
      fulfilment: null,
      rejection: "缺少签到表",
    });
    const board = given(
      made("p1"),
      recorded("p1"),
      rejected("p1"),
      recorded("p1", "f2"),
      struckOff("p1", "f2"),
    );
    expect(board?.pledges.p1).toMatchObject({
      status: "struck_off",
      fulfilment: { fulfilmentId: "f2" },
      rejection: null,
      closedOn: "2025-06-03",
    });
  });

  it("counts each year by due date: made and struck off, per kind, per member and per unit", () => {
    const board = given(
      ...registered,
      made("p1"),
      made("p2"),
      made("p3", { pledger: { kind: "committee" } }),
      made("p4", { dueOn: "2026-03-01" }),
      recorded("p1"),
      struckOff("p1"),
      recorded("p3"),
      struckOff("p3"),
    );
    expect(board?.years["2025"]).toEqual({
      total: { made: 3, struckOff: 2 },
      byKind: { member: { made: 2, struckOff: 1 }, committee: { made: 1, struckOff: 1 } },
      byMember: { li: { made: 2, struckOff: 1 } },
      byUnit: { school: { made: 2, struckOff: 1 } },
    });
    expect(board?.years["2026"]?.total).toEqual({ made: 1, struckOff: 0 });
  });

  it("given a withdrawn pledge, then it stays listed but leaves the count of pledges made", () => {
    const board = given(made("p1"), made("p2"), withdrawn("p2"));
    expect(board?.pledges.p2).toMatchObject({ status: "withdrawn", withdrawReason: "重复登记" });
    expect(board?.years["2025"]?.total).toEqual({ made: 1, struckOff: 0 });
    expect(board?.years["2025"]?.byMember.li).toEqual({ made: 1, struckOff: 0 });
  });

  it("ignores events of a pledge it never listed", () => {
    expect(given(...registered, recorded("p9"), struckOff("p9"))).toBeUndefined();
  });
});
