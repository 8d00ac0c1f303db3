import { describe, expect, it } from "vitest";
import { type FedEvent, foldBoards } from "../fold.ts";
import { type DirectoryBoard, directoryBoardProjection as projection } from "./projection.ts";

const registered = (communityId: string, name: string): FedEvent => ({
  type: "CommunityRegistered",
  data: { communityId, streetId: "dongfeng", name, street: "东风路街道" },
  streamId: `community-${communityId}`,
  position: 1,
  occurredAt: "2025-01-01T00:00:00.000Z",
});

describe("the community directory", () => {
  it("given two registered communities, then both are listed", () => {
    const boards = foldBoards([projection], [registered("gm", "光明社区"), registered("xf", "幸福社区")]);
    const board = boards.get("directory:all")?.data as DirectoryBoard;
    expect(Object.values(board.communities).map((c) => c.name)).toEqual(["光明社区", "幸福社区"]);
  });

  it("ignores every other event", () => {
    const other: FedEvent = {
      type: "UnitRegistered",
      data: {
        unitId: "u1",
        communityId: "gm",
        name: "光明小学",
        kind: "school",
        partyOrganisation: "光明小学党支部",
        inServiceMembers: 3,
      },
      streamId: "unit-u1",
      position: 2,
      occurredAt: "2025-01-01T00:00:00.000Z",
    };
    expect(foldBoards([projection], [other]).size).toBe(0);
  });
});
