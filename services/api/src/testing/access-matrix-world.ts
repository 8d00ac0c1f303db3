// Test-only: a small world for one authorisation attempt, built by the system through the services.
import { randomUUID } from "node:crypto";
import type { GrantRequest, Role } from "@cobuild/domain";
import { systemPrincipal } from "../auth/principal.ts";
import type { TestApi } from "./test-api.ts";
import { TEST_STREET } from "./test-api.ts";

/** Everything a role can be held over, with a person who is an in-service member of the unit and the team. */
export interface World {
  communityId: string;
  unitId: string;
  personId: string;
  teamId: string;
  /** A fresh id for whatever the attempt creates. */
  fresh(prefix: string): string;
}

export const envelope = { principal: systemPrincipal("matrix-setup"), correlationId: "matrix-setup" };

const short = () => randomUUID().slice(0, 8);

export async function givenWorld(testApi: TestApi): Promise<World> {
  const { services } = testApi;
  const id = short();
  const world: World = {
    communityId: `c-${id}`,
    unitId: `u-${id}`,
    personId: `p-${id}`,
    teamId: `t-${id}`,
    fresh: (prefix) => `${prefix}-${short()}`,
  };
  const { communityId, unitId, personId, teamId } = world;
  await services.registry.registerCommunity(
    { communityId, streetId: TEST_STREET, name: "矩阵社区" },
    envelope,
  );
  await services.registry.registerUnit(
    {
      unitId,
      communityId,
      name: "矩阵单位",
      kind: "company",
      partyOrganisation: "矩阵党支部",
      inServiceMembers: 5,
    },
    envelope,
  );
  await services.people.registerPerson(
    {
      personId,
      communityId,
      name: "矩阵党员",
      kind: "party_member",
      partyCategory: "in_service",
      employerUnitId: unitId,
      skills: [],
    },
    envelope,
  );
  await services.teams.createTeam(
    { teamId, communityId, category: "joint_patrol", name: "矩阵队", description: "" },
    envelope,
  );
  await services.teams.addMember({ teamId, personId, skills: [] }, envelope);
  return world;
}

/** The grant that puts a role over the world's own community, unit, team or person. */
export function grantIn(role: Role, world: World): GrantRequest {
  switch (role) {
    case "street_admin":
      return { role, streetId: TEST_STREET };
    case "community_staff":
    case "supermarket_keeper":
    case "meeting_member":
      return { role, communityId: world.communityId };
    case "unit_liaison":
      return { role, unitId: world.unitId };
    case "team_leader":
      return { role, teamId: world.teamId };
    case "member":
      return { role, personId: world.personId };
  }
}
