import { parseStoredEvent, UnreadableEventError } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import {
  amended,
  boardAfter,
  community,
  deltasOf,
  drafted,
  expired,
  school,
  signed,
  stored,
  terminated,
} from "../testing/community-fixtures.ts";
import { communityBoardProjection as projection } from "./projection.ts";

describe("the community live board: registry and agreements", () => {
  it("given a registered community, then the board carries its name, street and street id", () => {
    const board = boardAfter(community);
    expect([board.name, board.street, board.streetId]).toEqual(["光明社区", "东风路街道", "dongfeng"]);
  });

  it("given a registered unit, then it is listed with its kind and in-service members, and no contributions yet", () => {
    const board = boardAfter(community, school);
    expect(board.units["school-1"]).toEqual({
      unitId: "school-1",
      name: "光明小学",
      kind: "school",
      inServiceMembers: 12,
      contributions: 0,
    });
  });

  it("given a drafted agreement, then it shows as a draft with nothing logged, verified or struck off", () => {
    const board = boardAfter(community, school, drafted);
    expect(board.agreements.a1).toMatchObject({ status: "draft", signedOn: null, meetingId: null });
    expect(board.agreements.a1?.commitments.trees).toMatchObject({
      targetQuantity: 200,
      logged: 0,
      verified: 0,
      fulfilledOn: null,
    });
  });

  it("given a draft, when it is amended, then the amendment's content replaces the draft's", () => {
    const board = boardAfter(community, school, drafted, amended);
    const agreement = board.agreements.a1;
    expect(agreement).toMatchObject({
      title: "2025 共驻共建协议（修订）",
      termStart: "2025-02-01",
      status: "draft",
    });
    expect(Object.keys(agreement?.commitments ?? {})).toEqual(["trees", "beds"]);
    expect(agreement?.commitments.trees?.targetQuantity).toBe(150);
  });

  it("given a draft, when it is signed at a meeting, then it is signed on that day at that meeting", () => {
    const board = boardAfter(community, school, drafted, signed);
    expect(board.agreements.a1).toMatchObject({ status: "signed", signedOn: "2025-01-10", meetingId: "m1" });
  });

  it("given a signature not made at a meeting, then the agreement names no meeting", () => {
    const { meetingId: _, ...data } = signed.data as Record<string, unknown>;
    const board = boardAfter(community, school, drafted, { ...signed, data } as typeof signed);
    expect(board.agreements.a1?.meetingId).toBeNull();
  });

  it("given a signed agreement, when it is terminated, then it shows as terminated", () => {
    expect(boardAfter(community, school, drafted, signed, terminated).agreements.a1?.status).toBe(
      "terminated",
    );
  });

  it("given a signed agreement, when its term runs out, then it shows as expired", () => {
    expect(boardAfter(community, school, drafted, signed, expired).agreements.a1?.status).toBe("expired");
  });

  it("given no draft, when a signature or an amendment arrives, then nothing is written", () => {
    expect(deltasOf([community], signed)).toEqual([]);
    expect(deltasOf([community], amended)).toEqual([]);
    expect(deltasOf([community], terminated)).toEqual([]);
  });
});

describe("the community live board: routing", () => {
  it("given a fact of a community, then it is routed to that community's board", () => {
    expect(deltasOf([], school).map((d) => d.boardId)).toEqual(["community:gm"]);
    const elsewhere = { ...drafted, data: { ...drafted.data, communityId: "xf" } };
    expect(deltasOf([], elsewhere).map((d) => d.boardId)).toEqual(["community:xf"]);
  });

  it("given a foreign event, then no board is touched and no ops are given", () => {
    const foreign = stored({
      type: "ItemAdded",
      data: {
        communityId: "gm",
        itemId: "rice",
        name: "大米",
        category: "grain_oil",
        unitOfMeasure: "袋",
        minimumStock: 5,
      },
    });
    expect(projection.handles).not.toContain(foreign.type);
    expect(deltasOf([community], foreign)).toEqual([]);
  });

  it("given a known type whose data does not parse, then it never reaches the board: the log's parser refuses it", () => {
    const broken = { id: "e1", type: "UnitRegistered", streamId: "unit-u1", data: { unitId: "u1" } };
    expect(() => parseStoredEvent(broken)).toThrow(UnreadableEventError);
  });
});
