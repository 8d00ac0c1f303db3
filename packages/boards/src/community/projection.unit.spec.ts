import type { AgreementEvent, RegistryEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import type { ProjectedEvent } from "../projection.ts";
import { applyOps } from "../protocol/ops.ts";
import type { CommunityBoard } from "./board.ts";
import { communityBoardProjection as projection } from "./projection.ts";

let position = 0;
const stored = (event: RegistryEvent | AgreementEvent): ProjectedEvent => ({
  ...event,
  streamId: "s",
  position: ++position,
  occurredAt: `2025-05-01T08:00:${String(position % 60).padStart(2, "0")}.000Z`,
});

const given = (...events: (RegistryEvent | AgreementEvent)[]): CommunityBoard =>
  events
    .map(stored)
    .reduce((board, e) => applyOps(board, projection.project(board, e)), projection.initial("gm"));

const community: RegistryEvent = {
  type: "CommunityRegistered",
  data: { communityId: "gm", streetId: "dongfeng", name: "光明社区", street: "东风路街道" },
};
const unit: RegistryEvent = {
  type: "UnitRegistered",
  data: {
    unitId: "school-1",
    communityId: "gm",
    name: "光明小学",
    kind: "school",
    partyOrganisation: "光明小学党支部",
    inServiceMembers: 12,
  },
};
const drafted: AgreementEvent = {
  type: "AgreementDrafted",
  data: {
    agreementId: "a1",
    communityId: "gm",
    unitId: "school-1",
    title: "2025 共驻共建协议",
    termStart: "2025-01-01",
    termEnd: "2025-12-31",
    commitments: [
      {
        commitmentId: "trees",
        category: "environment",
        description: "植树",
        targetQuantity: 200,
        unitOfMeasure: "棵",
        dueDate: "2025-06-30",
      },
    ],
  },
};
const signed: AgreementEvent = {
  type: "AgreementSigned",
  data: {
    agreementId: "a1",
    communityId: "gm",
    unitId: "school-1",
    signedOn: "2025-01-10",
    communitySignatory: "王书记",
    unitSignatory: "李校长",
  },
};
const contribution = (contributionId: string, quantity: number): AgreementEvent => ({
  type: "ContributionLogged",
  data: {
    agreementId: "a1",
    communityId: "gm",
    unitId: "school-1",
    contributionId,
    commitmentId: "trees",
    quantity,
    date: "2025-03-12",
    participants: 8,
    note: "",
  },
});

describe("the community live board", () => {
  it("given a registered community, then the board carries its name and street", () => {
    const board = given(community);
    expect([board.name, board.street]).toEqual(["光明社区", "东风路街道"]);
  });

  it("given a unit and a drafted agreement, then the agreement shows as a draft with nothing logged", () => {
    const board = given(community, unit, drafted);
    expect(board.units["school-1"]?.name).toBe("光明小学");
    expect(board.agreements.a1?.status).toBe("draft");
    expect(board.agreements.a1?.commitments.trees?.logged).toBe(0);
  });

  it("given a signed agreement, when contributions are logged, then progress sums exactly and the feed shows the newest first", () => {
    const board = given(community, unit, drafted, signed, contribution("c1", 0.1), contribution("c2", 0.2));
    expect(board.agreements.a1?.status).toBe("signed");
    expect(board.agreements.a1?.signedOn).toBe("2025-01-10");
    expect(board.agreements.a1?.commitments.trees?.logged).toBe(0.3);
    expect(board.recentContributions.map((c) => c.contributionId)).toEqual(["c2", "c1"]);
    expect(board.recentContributions[0]).toMatchObject({
      unitName: "光明小学",
      description: "植树",
      unitOfMeasure: "棵",
    });
    expect(board.totals).toEqual({ contributions: 2, participants: 16 });
  });

  it("given more contributions than the feed holds, then only the newest 20 are kept", () => {
    const many = Array.from({ length: 25 }, (_, i) => contribution(`c${i}`, 1));
    const board = given(community, unit, drafted, signed, ...many);
    expect(board.recentContributions).toHaveLength(20);
    expect(board.recentContributions[0]?.contributionId).toBe("c24");
    expect(board.agreements.a1?.commitments.trees?.logged).toBe(25);
  });

  it("routes an event to the board of its community and ignores events it does not know", () => {
    expect(projection.keysFor(stored(unit))).toEqual(["gm"]);
    const foreign = { type: "SomethingElse", data: {}, streamId: "x", position: 1, occurredAt: "" };
    expect(projection.keysFor(foreign)).toEqual([]);
    expect(projection.project(given(), foreign)).toEqual([]);
  });
});
