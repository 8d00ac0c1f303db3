import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  add,
  added,
  appoint,
  appointed,
  create,
  created,
  guangming,
  person,
  remove,
  removed,
  staffed,
  today,
} from "../testing/teams-fixtures.ts";
import { teamDecider } from "./decider.ts";
import { teamStream } from "./events.ts";

const given = scenario(teamDecider);

describe("team stream", () => {
  it("is named by the team id", () => {
    expect(teamStream("patrol")).toBe("team-patrol");
  });
});

describe("CreateTeam", () => {
  it("creates a team in a registered community", () => {
    given([]).when(create(), { today, community: guangming }).thenEmits([created()]);
  });

  it("refuses a team that already exists", () => {
    given([created()])
      .when(create(), { today, community: guangming })
      .thenRefuses({ kind: "conflict", code: "team_already_exists" });
  });

  it("refuses a community that is not registered", () => {
    given([])
      .when(create(), { today, community: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("refuses when the community state passed is another community's", () => {
    given([])
      .when(create({ communityId: "dongfeng" }), { today, community: guangming })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the community", () => {
    const decide = () => teamDecider.decide(create(), teamDecider.initialState, { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });
});

describe("AppointLeader", () => {
  it("given a new team, appointing a person adds them to the roster and makes them leader", () => {
    given([created()])
      .when(appoint("zhang"), { today, person: person("zhang") })
      .thenEmits([added("zhang", []), appointed("zhang")]);
  });

  it("given a member, appointing them only makes them leader; the old leader stays a member", () => {
    given(staffed())
      .when(appoint("li"), { today, person: person("li") })
      .thenEmits([appointed("li")]);
  });

  it("given an unknown team, appointing is refused with team_not_found", () => {
    given([])
      .when(appoint(), { today, person: person("zhang") })
      .thenRefuses({ kind: "not_found", code: "team_not_found" });
  });

  it("given no such person, appointing is refused with person_not_found", () => {
    given([created()])
      .when(appoint("ghost"), { today, person: undefined })
      .thenRefuses({ kind: "not_found", code: "person_not_found", field: "personId" });
  });

  it("given the view of another person, appointing is refused with person_not_found", () => {
    given([created()])
      .when(appoint("ghost"), { today, person: person("zhang") })
      .thenRefuses({ kind: "not_found", code: "person_not_found", field: "personId" });
  });

  it("given the current leader, appointing them again is refused with already_leader", () => {
    given(staffed())
      .when(appoint("zhang"), { today, person: person("zhang") })
      .thenRefuses({ kind: "conflict", code: "already_leader", field: "personId" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the person", () => {
    const decide = () =>
      teamDecider.decide(appoint(), teamDecider.evolve(teamDecider.initialState, created()), { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });
});

describe("AddMember", () => {
  it("adds a person with their skills, joining today", () => {
    given([created()])
      .when(add("li"), { today, person: person("li") })
      .thenEmits([added("li")]);
  });

  it("given a member who left, adding them again is accepted", () => {
    given([...staffed(), removed("li")])
      .when(add("li"), { today, person: person("li") })
      .thenEmits([added("li")]);
  });

  it("given an unknown team, adding is refused with team_not_found", () => {
    given([])
      .when(add(), { today, person: person("li") })
      .thenRefuses({ kind: "not_found", code: "team_not_found" });
  });

  it("given a person of another community, adding or appointing them is refused with person_in_other_community", () => {
    const outsider = person("li", { communityId: "elsewhere" });
    given([created()])
      .when(add("li"), { today, person: outsider })
      .thenRefuses({ kind: "conflict", code: "person_in_other_community", field: "personId" });
    given([created()])
      .when(appoint("li"), { today, person: outsider })
      .thenRefuses({ kind: "conflict", code: "person_in_other_community", field: "personId" });
  });

  it("given no such person, adding is refused with person_not_found", () => {
    given([created()])
      .when(add("ghost"), { today, person: undefined })
      .thenRefuses({ kind: "not_found", code: "person_not_found", field: "personId" });
  });

  it("given a current member, adding them again is refused with already_member", () => {
    given(staffed())
      .when(add("li"), { today, person: person("li") })
      .thenRefuses({ kind: "conflict", code: "already_member", field: "personId" });
  });
});

describe("RemoveMember", () => {
  it("removes a member with the reason given", () => {
    given(staffed())
      .when(remove("li"), { today })
      .thenEmits([removed("li")]);
  });

  it("given an unknown team, removing is refused with team_not_found", () => {
    given([]).when(remove(), { today }).thenRefuses({ kind: "not_found", code: "team_not_found" });
  });

  it("given a person not on the roster, removing is refused with not_member", () => {
    given(staffed())
      .when(remove("wang"), { today })
      .thenRefuses({ kind: "conflict", code: "not_member", field: "personId" });
  });

  it("given a member who already left, removing again is refused with not_member", () => {
    given([...staffed(), removed("li")])
      .when(remove("li"), { today })
      .thenRefuses({ kind: "conflict", code: "not_member", field: "personId" });
  });

  it("given the leader, removing them is refused with cannot_remove_leader", () => {
    given(staffed())
      .when(remove("zhang"), { today })
      .thenRefuses({ kind: "conflict", code: "cannot_remove_leader", field: "personId" });
  });

  it("given a former leader replaced by another, removing them is accepted", () => {
    given([...staffed(), appointed("li")])
      .when(remove("zhang", "调走"), { today })
      .thenEmits([removed("zhang", "调走")]);
  });
});
