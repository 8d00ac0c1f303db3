import { describe, expect, it } from "vitest";
import { givenUnit } from "../testing/fixtures.ts";
import { givenPerson, volunteerBody } from "../testing/people-steps.ts";
import { givenTeam } from "../testing/teams-steps.ts";
import { useTestApi } from "../testing/use-test-api.ts";

const namesPath = (communityId: string) => `/api/communities/${communityId}/people/names`;

describe("a community's people by name, for leaders picking team members", () => {
  const ctx = useTestApi();

  it("given a leader of a team in the community, when they list names, then they get ids and names and nothing else", async () => {
    const { communityId } = await givenTeam(ctx.api);
    const { teamId } = await givenTeam(ctx.api, communityId);
    const personId = await givenPerson(
      ctx.api,
      communityId,
      volunteerBody(undefined, { name: "张阿姨", phone: "13800000000" }),
    );
    await ctx.testApi.projected();
    const leader = await ctx.testApi.clientWith([{ role: "team_leader", teamId }]);

    const response = await leader.get(namesPath(communityId));

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ communityId, people: [{ personId, name: "张阿姨" }] });
  });

  it("given a leader of a team in another community, or a liaison of the same community, when they list names, then 403", async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    await givenTeam(ctx.api, communityId);
    const elsewhere = await givenTeam(ctx.api);
    const otherLeader = await ctx.testApi.clientWith([{ role: "team_leader", teamId: elsewhere.teamId }]);
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);

    expect((await otherLeader.get(namesPath(communityId))).status).toBe(403);
    expect((await liaison.get(namesPath(communityId))).status).toBe(403);
  });
});
