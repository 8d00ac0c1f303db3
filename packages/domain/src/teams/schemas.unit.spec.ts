import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  added,
  appointed,
  approved,
  create,
  created,
  guangming,
  hoursLogged,
  logHours,
  rejected,
  removed,
  today,
} from "../testing/teams-fixtures.ts";
import {
  AddMemberInput,
  CreateTeamInput,
  LogServiceHoursInput,
  RejectServiceHoursInput,
  RemoveMemberInput,
  teamCommandSchemas,
} from "./commands.ts";
import { teamDecider } from "./decider.ts";
import { TeamEvent, teamCategories, teamEventSchemas } from "./events.ts";

/** The path and rule code of every issue, which is what a form shows next to its fields. */
const issuesOf = (result: z.ZodSafeParseResult<unknown>) =>
  (result.error?.issues ?? []).map((issue) => ({
    path: issue.path,
    code: issue.code === "custom" ? issue.params?.code : issue.code,
  }));

describe("CreateTeamInput", () => {
  it("accepts every 8+N category and refuses others", () => {
    expect(teamCategories).toHaveLength(9);
    for (const category of teamCategories) {
      expect(CreateTeamInput.safeParse({ ...create().data, category }).success).toBe(true);
    }
    expect(issuesOf(CreateTeamInput.safeParse({ ...create().data, category: "choir" }))).toEqual([
      { path: ["category"], code: "invalid_value" },
    ]);
  });

  it("defaults the description to empty and trims the name", () => {
    const { description: _d, ...bare } = create().data;
    expect(CreateTeamInput.parse({ ...bare, name: " 义务联防队 " })).toEqual({
      ...bare,
      name: "义务联防队",
      description: "",
    });
  });

  it("refuses an unknown key", () => {
    expect(issuesOf(CreateTeamInput.safeParse({ ...create().data, leader: "zhang" }))).toEqual([
      { path: [], code: "unrecognized_keys" },
    ]);
  });
});

describe("AddMemberInput", () => {
  it("defaults skills to none", () => {
    expect(AddMemberInput.parse({ teamId: "patrol", personId: "li" })).toEqual({
      teamId: "patrol",
      personId: "li",
      skills: [],
    });
  });

  it("refuses a skill listed twice, blank skills and more than 20", () => {
    const skills = (list: string[]) =>
      issuesOf(AddMemberInput.safeParse({ teamId: "t", personId: "p", skills: list }));
    expect(skills(["电工", "护理", "电工"])).toEqual([{ path: ["skills", 2], code: "duplicate_skill" }]);
    expect(skills([" "])).toEqual([{ path: ["skills", 0], code: "too_small" }]);
    expect(skills(Array.from({ length: 21 }, (_, i) => `s${i}`))).toEqual([
      { path: ["skills"], code: "too_big" },
    ]);
  });
});

describe("RemoveMemberInput and RejectServiceHoursInput", () => {
  it("lets a removal leave out the reason but requires one to reject hours", () => {
    expect(RemoveMemberInput.parse({ teamId: "t", personId: "p" }).reason).toBe("");
    expect(issuesOf(RejectServiceHoursInput.safeParse({ teamId: "t", entryId: "e", reason: "  " }))).toEqual([
      { path: ["reason"], code: "too_small" },
    ]);
  });
});

describe("LogServiceHoursInput", () => {
  it("takes hours above 0, at most 24, with at most two decimals", () => {
    const hours = (value: number) =>
      issuesOf(LogServiceHoursInput.safeParse({ ...logHours().data, hours: value }));
    for (const ok of [0.01, 2.5, 24]) expect(hours(ok)).toEqual([]);
    expect(hours(0)).toEqual([{ path: ["hours"], code: "too_small" }]);
    expect(hours(24.01)).toEqual([{ path: ["hours"], code: "too_big" }]);
    expect(hours(1.005)).toEqual([{ path: ["hours"], code: "too_many_decimals" }]);
  });

  it("requires an activity and refuses the community id, which the stream already knows", () => {
    expect(issuesOf(LogServiceHoursInput.safeParse({ ...logHours().data, activity: "" }))).toEqual([
      { path: ["activity"], code: "too_small" },
    ]);
    expect(
      issuesOf(LogServiceHoursInput.safeParse({ ...logHours().data, communityId: "guangming" })),
    ).toEqual([{ path: [], code: "unrecognized_keys" }]);
  });
});

describe("team events and command maps", () => {
  it("parses every event back into the same typed event", () => {
    const emitted = [
      ...teamDecider.decide(create(), teamDecider.initialState, { today, community: guangming }),
      added(),
      appointed(),
      removed(),
      hoursLogged(),
      approved(),
      rejected(),
    ];
    expect(emitted[0]).toEqual(created());
    for (const event of emitted) {
      expect(TeamEvent.parse(event)).toEqual(event);
      expect(teamEventSchemas[event.type].parse(event.data)).toEqual(event.data);
    }
    expect(TeamEvent.safeParse({ type: "TeamDisbanded", data: {} }).success).toBe(false);
  });

  it("maps every command type to its input schema", () => {
    expect(Object.keys(teamCommandSchemas).sort()).toEqual([
      "AddMember",
      "AppointLeader",
      "ApproveServiceHours",
      "CreateTeam",
      "LogServiceHours",
      "RejectServiceHours",
      "RemoveMember",
    ]);
  });
});
