import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import { approved, created, hoursLogged, rejected, removed, staffed } from "../testing/teams-fixtures.ts";
import { teamDecider } from "./decider.ts";
import { type TeamState, toTeamView } from "./state.ts";

const createdTeam = (state: TeamState) => {
  if (state.status !== "created") throw new Error(`expected a created team, got ${state.status}`);
  return state;
};

describe("team evolve", () => {
  it("starts with no team, then holds the team with no leader, members or entries", () => {
    expect(fold(teamDecider, [])).toEqual({ status: "none" });
    const team = createdTeam(fold(teamDecider, [created()]));
    expect(team).toMatchObject({ teamId: "patrol", communityId: "guangming", leaderPersonId: undefined });
    expect([team.members.size, team.entries.size]).toEqual([0, 0]);
  });

  it("keeps the roster and the leader", () => {
    const team = createdTeam(fold(teamDecider, staffed()));
    expect(team.leaderPersonId).toBe("zhang");
    expect([...team.members.values()]).toEqual([
      { personId: "zhang", skills: [], joinedOn: "2025-01-05" },
      { personId: "li", skills: ["电工"], joinedOn: "2025-02-01" },
    ]);
    expect([...createdTeam(fold(teamDecider, [...staffed(), removed("li")])).members.keys()]).toEqual([
      "zhang",
    ]);
  });

  it("keeps each entry pending until staff decide, then approved or rejected", () => {
    const logged = createdTeam(fold(teamDecider, [...staffed(), hoursLogged()]));
    expect(logged.entries.get("e-1")).toEqual({
      entryId: "e-1",
      personId: "li",
      date: "2025-06-14",
      hours: 2.5,
      activity: "夜间巡逻",
      status: "pending",
    });
    const status = (event: typeof approved | typeof rejected) =>
      createdTeam(fold(teamDecider, [...staffed(), hoursLogged(), event()])).entries.get("e-1")?.status;
    expect([status(approved), status(rejected)]).toEqual(["approved", "rejected"]);
  });

  it("does not change earlier states when folding further", () => {
    const before = createdTeam(fold(teamDecider, staffed()));
    teamDecider.evolve(before, removed("li"));
    teamDecider.evolve(before, hoursLogged());
    expect([before.members.size, before.entries.size]).toEqual([2, 0]);
  });

  it("ignores events that cannot follow the current state", () => {
    expect(fold(teamDecider, [removed("li")])).toEqual({ status: "none" });
    const team = createdTeam(fold(teamDecider, [created(), approved()]));
    expect(team.entries.size).toBe(0);
  });
});

describe("toTeamView", () => {
  it("is undefined for a team that does not exist", () => {
    expect(toTeamView(fold(teamDecider, []))).toBeUndefined();
  });

  it("shows the community, the leader and the current members", () => {
    expect(toTeamView(fold(teamDecider, [...staffed(), removed("li")]))).toEqual({
      teamId: "patrol",
      communityId: "guangming",
      leaderPersonId: "zhang",
      members: new Set(["zhang"]),
    });
  });
});
