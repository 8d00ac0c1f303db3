import { postStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity } from "../testing/fixtures.ts";
import { expectProblem } from "../testing/http.ts";
import { claimsPath, givenPerson, givenPost, postPath } from "../testing/posts-fixtures.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("posts over HTTP: simultaneous claims", () => {
  const ctx = useTestApi();

  /** Opens enough keep-alive connections first, so the claims really arrive together. */
  const warmUp = (connections: number) =>
    Promise.all(Array.from({ length: connections }, () => ctx.api.get("/healthz")));

  const storedClaims = async (postId: string) =>
    (await ctx.testApi.store.readStream(postStream(postId))).filter((e) => e.type === "PlaceClaimed");

  it("given a post with 3 places, when 50 people claim at once, then exactly 3 get a place and 47 are told post_full", async () => {
    const communityId = await givenCommunity(ctx.api);
    const postId = await givenPost(ctx.api, communityId, { places: 3 });
    const people: string[] = [];
    for (let i = 0; i < 50; i++) people.push(await givenPerson(ctx.testApi.store, communityId));
    await warmUp(people.length);

    const responses = await Promise.all(
      people.map((personId) => ctx.api.post(claimsPath(postId), { personId })),
    );

    const won = responses.filter((r) => r.status === 201);
    const lost = responses.filter((r) => r.status !== 201);
    expect(won).toHaveLength(3);
    expect(lost).toHaveLength(47);
    for (const response of lost) expectProblem(response, { status: 409, code: "post_full" });
    const stored = await storedClaims(postId);
    expect(stored).toHaveLength(3);
    const winners = won.map((r) => (r.body as { claimId: string }).claimId).sort();
    expect(stored.map((e) => (e.data as { claimId: string }).claimId).sort()).toEqual(winners);
    expect((await ctx.api.get(postPath(postId))).body).toMatchObject({ placesLeft: 0 });
  });

  it("given one person, when 20 claims with different ids arrive for them at once, then one succeeds and 19 are already_claimed", async () => {
    const communityId = await givenCommunity(ctx.api);
    const postId = await givenPost(ctx.api, communityId, { places: 3 });
    const personId = await givenPerson(ctx.testApi.store, communityId);
    await warmUp(20);

    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        ctx.api.post(claimsPath(postId), { claimId: freshId("claim"), personId }),
      ),
    );

    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = responses.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(19);
    for (const response of refused) {
      expectProblem(response, { status: 409, code: "already_claimed", field: "personId" });
    }
    expect(await storedClaims(postId)).toHaveLength(1);
    expect((await ctx.api.get(postPath(postId))).body).toMatchObject({ placesLeft: 2 });
  });
});
