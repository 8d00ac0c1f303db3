import { BoardSnapshot, type CommunityBoard } from "@cobuild/boards";
import { describe, expect, it, vi } from "vitest";
import {
  communityBody,
  contributionBody,
  contributionsPath,
  givenCommunity,
  givenDraftAgreement,
  givenSignedAgreement,
  givenUnit,
  signaturePath,
  signBody,
  unitBody,
} from "../testing/fixtures.ts";
import { type ApiResponse, expectProblem } from "../testing/http.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("community boards over HTTP", () => {
  const ctx = useTestApi();

  const boardPath = (communityId: string) => `/api/boards/community:${communityId}`;

  // The board store holds opaque JSON; its shape is what the community projection wrote.
  const boardData = (response: ApiResponse) => BoardSnapshot.parse(response.body).data as CommunityBoard;

  /** The board's data, once the projector has caught up with everything stored so far. */
  const projectedBoard = async (
    communityId: string,
  ): Promise<{ response: ApiResponse; board: CommunityBoard }> => {
    await ctx.testApi.projected();
    const response = await ctx.api.get(boardPath(communityId));
    expect(response.status).toBe(200);
    return { response, board: boardData(response) };
  };

  it("given a registered community, when its board is read, then it shows the community with nothing on it yet", async () => {
    const body = communityBody();
    await ctx.api.post("/api/communities", body);

    const { response, board } = await projectedBoard(body.communityId);

    expect(response.headers.get("etag")).toMatch(/^"\d+"$/);
    expect(response.body).toMatchObject({ boardId: `community:${body.communityId}` });
    expect(board).toEqual({
      communityId: body.communityId,
      streetId: "test-street",
      name: body.name,
      street: "测试街道",
      units: {},
      agreements: {},
      recentContributions: [],
      totals: { contributions: 0, participants: 0 },
      meetings: {},
      decisions: {},
      teams: {},
    });
  });

  it("given a unit and a signed agreement with a contribution, when the board is read, then all three are on it", async () => {
    const { agreementId, communityId, unitId } = await givenSignedAgreement(ctx.api);
    const contribution = contributionBody({ quantity: 12.5, participants: 9 });
    expect((await ctx.api.post(contributionsPath(agreementId), contribution)).status).toBe(201);

    const { board } = await projectedBoard(communityId);

    expect(board.units[unitId]).toEqual({
      unitId,
      name: "光明小学",
      kind: "school",
      inServiceMembers: 12,
      contributions: 1,
    });
    expect(board.agreements[agreementId]).toMatchObject({
      unitId,
      status: "signed",
      signedOn: signBody().signedOn,
      commitments: { trees: { logged: 12.5, targetQuantity: 200 }, rubbish: { logged: 0 } },
    });
    expect(board.recentContributions).toEqual([
      expect.objectContaining({
        contributionId: contribution.contributionId,
        agreementId,
        unitId,
        unitName: "光明小学",
        commitmentId: "trees",
        quantity: 12.5,
        participants: 9,
        date: contribution.date,
      }),
    ]);
    expect(board.totals).toEqual({ contributions: 1, participants: 9 });
  });

  it("given a board already shown, when a contribution is logged, then the board eventually shows it first", async () => {
    const { agreementId, communityId } = await givenSignedAgreement(ctx.api);
    await ctx.api.post(contributionsPath(agreementId), contributionBody());
    const before = await projectedBoard(communityId);
    const latest = contributionBody({ commitmentId: "rubbish", quantity: 0.2, note: "最新" });

    await ctx.api.post(contributionsPath(agreementId), latest);

    await vi.waitFor(async () => {
      const response = await ctx.api.get(boardPath(communityId));
      expect(boardData(response).recentContributions[0]?.contributionId).toBe(latest.contributionId);
    });
    const after = await projectedBoard(communityId);
    expect(after.board.recentContributions).toHaveLength(2);
    expect(after.board.agreements[agreementId]?.commitments.rubbish?.logged).toBe(0.2);
    expect(BoardSnapshot.parse(after.response.body).version).toBeGreaterThan(
      BoardSnapshot.parse(before.response.body).version,
    );
  });

  it("given a draft agreement, when the board is read, then it shows it as a draft without a signing date", async () => {
    const { agreementId, communityId } = await givenDraftAgreement(ctx.api);

    const { board } = await projectedBoard(communityId);

    expect(board.agreements[agreementId]).toMatchObject({ status: "draft", signedOn: null });
    await ctx.api.post(signaturePath(agreementId), signBody());
    expect((await projectedBoard(communityId)).board.agreements[agreementId]?.status).toBe("signed");
  });

  it("given refused commands, when the board is read, then nothing of them appears", async () => {
    const communityId = await givenCommunity(ctx.api);
    await ctx.api.post(`/api/communities/${freshId("nowhere")}/units`, unitBody());
    await ctx.api.post("/api/communities", communityBody(communityId, { name: "冒名社区" }));

    const { board } = await projectedBoard(communityId);

    expect(board).toMatchObject({ name: "光明社区", units: {} });
  });

  it("given the catalogue (the API's own index, which names residents in need), when read as a board, then 404 like any board that is not served", async () => {
    const { communityId } = await givenUnit(ctx.api);
    await ctx.testApi.projected();
    expect(await ctx.testApi.boards.getBoard(`catalogue:${communityId}`)).toBeDefined();

    expectProblem(await ctx.api.get(`/api/boards/catalogue:${communityId}`), {
      status: 404,
      code: "board_not_found",
    });
  });

  it("given no such community, when its board is read, then 404 board_not_found", async () => {
    await ctx.testApi.projected();

    const response = await ctx.api.get(boardPath(freshId("nowhere")));

    expectProblem(response, { status: 404, code: "board_not_found" });
  });

  it.each([
    ["a space", "community:has%20space"],
    ["no kind", "just-an-id"],
    ["an upper-case kind", "COMMUNITY:gm"],
    ["Chinese characters", "community:%E5%85%89%E6%98%8E"],
  ])("given a board id with %s, when it is read, then 400 on boardId", async (_, boardId) => {
    const response = await ctx.api.get(`/api/boards/${boardId}`);

    expectProblem(response, { status: 400, code: "invalid_request", field: "boardId" });
  });
});
