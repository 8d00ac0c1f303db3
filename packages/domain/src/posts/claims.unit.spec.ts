import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import {
  claim,
  claimed,
  closed,
  opened,
  patrolTeam,
  person,
  released,
  today,
} from "../testing/posts-fixtures.ts";
import { postDecider } from "./decider.ts";

const given = scenario(postDecider);

/** What the handler loads for a leader claiming for li of the patrol team. */
const forTeam = { today, person: person("li"), team: patrolTeam() };
/** A claim by a person for themself: no team. */
const selfClaim = (personId: string) => claim({ claimId: `c-${personId}`, personId, teamId: undefined });
const selfClaimed = (personId: string) =>
  claimed({ claimId: `c-${personId}`, personId, teamId: undefined, claimedOn: today });

describe("ClaimPlace", () => {
  it("given an open post, a leader claims a place for a member of their team, today", () => {
    given([opened()])
      .when(claim(), forTeam)
      .thenEmits([claimed({ claimedOn: today })]);
  });

  it("given an open post, a resident volunteer claims a place for themself", () => {
    given([opened()])
      .when(selfClaim("zhao"), { today, person: person("zhao") })
      .thenEmits([selfClaimed("zhao")]);
  });

  it("given an in-service member who reported in here, they claim for themself", () => {
    const member = person("chen", { inService: true, reportedIn: true });
    given([opened()])
      .when(selfClaim("chen"), { today, person: member })
      .thenEmits([selfClaimed("chen")]);
  });

  it("given a leader claiming for an in-service member who has not reported in, the claim is accepted", () => {
    const context = { ...forTeam, person: person("li", { inService: true }) };
    given([opened()])
      .when(claim(), context)
      .thenEmits([claimed({ claimedOn: today })]);
  });

  it("given one place left, the last place can be claimed", () => {
    given([opened(), claimed({ claimId: "c-wang", personId: "wang" })])
      .when(claim(), forTeam)
      .thenEmits([claimed({ claimedOn: today })]);
  });

  it("given a released claim, its place and its holder are free again", () => {
    const history = [opened(), claimed(), claimed({ claimId: "c-wang", personId: "wang" }), released()];
    given(history)
      .when(claim({ claimId: "c-li-2" }), forTeam)
      .thenEmits([claimed({ claimId: "c-li-2", claimedOn: today })]);
  });

  it("given a period not started yet or ending today, a place can be claimed", () => {
    given([opened()])
      .when(claim(), { ...forTeam, today: "2025-05-20" })
      .thenEmits([claimed({ claimedOn: "2025-05-20" })]);
    given([opened()])
      .when(claim(), { ...forTeam, today: "2025-08-31" })
      .thenEmits([claimed({ claimedOn: "2025-08-31" })]);
  });

  it("given a recurring post with no end, a place can be claimed years later", () => {
    const schedule = {
      kind: "recurring" as const,
      weekdays: [6],
      startTime: "09:00",
      endTime: "11:00",
      from: "2025-01-01",
    };
    given([opened({ schedule })])
      .when(claim(), { ...forTeam, today: "2030-01-01" })
      .thenEmits([claimed({ claimedOn: "2030-01-01" })]);
  });

  it("given no post, claiming is refused with post_not_found", () => {
    given([]).when(claim(), forTeam).thenRefuses({ kind: "not_found", code: "post_not_found" });
  });

  it("given a claim id already used, claiming is refused with claim_already_exists", () => {
    given([opened(), claimed(), released()])
      .when(claim({ personId: "wang" }), { ...forTeam, person: person("wang") })
      .thenRefuses({ kind: "conflict", code: "claim_already_exists", field: "claimId" });
  });

  it("given a closed post, claiming is refused with post_closed", () => {
    given([opened(), closed()]).when(claim(), forTeam).thenRefuses({ kind: "conflict", code: "post_closed" });
  });

  it("given a period that ended yesterday, claiming is refused with post_period_over", () => {
    given([opened()])
      .when(claim(), { ...forTeam, today: "2025-09-01" })
      .thenRefuses({ kind: "conflict", code: "post_period_over" });
  });

  it("given no such person, claiming is refused with person_not_found", () => {
    given([opened()])
      .when(claim(), { ...forTeam, person: undefined })
      .thenRefuses({ kind: "not_found", code: "person_not_found", field: "personId" });
    given([opened()])
      .when(selfClaim("zhao"), { today, person: person("li") })
      .thenRefuses({ kind: "not_found", code: "person_not_found", field: "personId" });
  });

  it("given no such team, a leader's claim is refused with team_not_found", () => {
    given([opened()])
      .when(claim(), { ...forTeam, team: undefined })
      .thenRefuses({ kind: "not_found", code: "team_not_found", field: "teamId" });
    given([opened()])
      .when(claim({ teamId: "mediation" }), forTeam)
      .thenRefuses({ kind: "not_found", code: "team_not_found", field: "teamId" });
  });

  it("given a team of another community, a leader's claim is refused with team_not_in_community", () => {
    given([opened()])
      .when(claim(), { ...forTeam, team: patrolTeam({ communityId: "dongfeng" }) })
      .thenRefuses({ kind: "conflict", code: "team_not_in_community", field: "teamId" });
  });

  it("given a person not on the team, a leader's claim is refused with not_team_member", () => {
    given([opened()])
      .when(claim({ personId: "zhao" }), { ...forTeam, person: person("zhao") })
      .thenRefuses({ kind: "conflict", code: "not_team_member", field: "personId" });
  });

  it("given an in-service member who has not reported in, their own claim is refused with not_reported_in", () => {
    given([opened()])
      .when(selfClaim("chen"), { today, person: person("chen", { inService: true }) })
      .thenRefuses({ kind: "conflict", code: "not_reported_in", field: "personId" });
  });

  it("given an in-service member who lives and reported in in another community, their claim here is refused with person_in_other_community", () => {
    const elsewhere = person("chen", { inService: true, reportedIn: true, communityId: "dongfeng" });
    given([opened()])
      .when(selfClaim("chen"), { today, person: elsewhere })
      .thenRefuses({ kind: "conflict", code: "person_in_other_community", field: "personId" });
  });

  it("given a resident volunteer of another community, claiming a place here is refused with person_in_other_community", () => {
    given([opened()])
      .when(selfClaim("zhou"), { today, person: person("zhou", { communityId: "dongfeng" }) })
      .thenRefuses({ kind: "conflict", code: "person_in_other_community", field: "personId" });
  });

  it("given a person already holding a place, another claim for them is refused with already_claimed", () => {
    given([opened(), claimed()])
      .when(claim({ claimId: "c-li-2" }), forTeam)
      .thenRefuses({ kind: "conflict", code: "already_claimed", field: "personId" });
    given([opened(), claimed()])
      .when(claim({ claimId: "c-li-self", teamId: undefined }), { today, person: person("li") })
      .thenRefuses({ kind: "conflict", code: "already_claimed", field: "personId" });
  });

  it("given a full post, claiming a place is refused with post_full", () => {
    given([
      opened(),
      claimed({ claimId: "c-wang", personId: "wang" }),
      claimed({ claimId: "c-zhang", personId: "zhang" }),
    ])
      .when(claim(), forTeam)
      .thenRefuses({ kind: "conflict", code: "post_full" });
  });

  it("given two leaders racing for the last place, the one deciding second is refused with post_full", () => {
    const history = [opened({ places: 1 })];
    given(history)
      .when(claim(), forTeam)
      .thenEmits([claimed({ claimedOn: today })]);
    given([...history, claimed({ claimedOn: today })])
      .when(claim({ claimId: "c-x", personId: "x", teamId: "mediation" }), {
        today,
        person: person("x"),
        team: patrolTeam({ teamId: "mediation", members: new Set(["x"]) }),
      })
      .thenRefuses({ kind: "conflict", code: "post_full" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the person or the team", () => {
    const post = postDecider.evolve(postDecider.initialState, opened());
    const withoutPerson = () => postDecider.decide(claim(), post, { today, team: patrolTeam() });
    const withoutTeam = () => postDecider.decide(claim(), post, { today, person: person("li") });
    for (const decide of [withoutPerson, withoutTeam]) {
      expect(decide).toThrow(Error);
      expect(decide).not.toThrow(DomainError);
    }
  });
});
