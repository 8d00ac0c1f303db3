import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import { scenario } from "../testing/given.ts";
import type { RegisterCommunity, RegisterStreet, RegisterUnit } from "./commands.ts";
import { RegisterCommunityInput, RegisterUnitInput } from "./commands.ts";
import {
  type CommunityState,
  communityDecider,
  type StreetState,
  streetDecider,
  unitDecider,
} from "./decider.ts";
import {
  CommunityEvent,
  type CommunityRegistered,
  communityStream,
  RegistryEvent,
  registryEventSchemas,
  UnitEvent,
  type UnitRegistered,
  unitStream,
} from "./events.ts";

const today = "2025-06-15";

const registerStreet: RegisterStreet = {
  type: "RegisterStreet",
  data: { streetId: "dongfeng", name: "东风路街道" },
};
const dongfeng: StreetState = fold(streetDecider, [{ type: "StreetRegistered", data: registerStreet.data }]);

const registerCommunity: RegisterCommunity = {
  type: "RegisterCommunity",
  data: { communityId: "guangming", streetId: "dongfeng", name: "光明社区" },
};
const communityRegistered: CommunityRegistered = {
  type: "CommunityRegistered",
  data: { ...registerCommunity.data, street: "东风路街道" },
};

const registerUnit: RegisterUnit = {
  type: "RegisterUnit",
  data: {
    unitId: "cdc",
    communityId: "guangming",
    name: "区疾控中心",
    kind: "public_agency",
    partyOrganisation: "区疾控中心党支部",
    inServiceMembers: 18,
  },
};
const unitRegistered: UnitRegistered = { type: "UnitRegistered", data: registerUnit.data };

const guangming: CommunityState = fold(communityDecider, [communityRegistered]);

describe("registry streams", () => {
  it("names community and unit streams by id", () => {
    expect(communityStream("guangming")).toBe("community-guangming");
    expect(unitStream("cdc")).toBe("unit-cdc");
  });
});

describe("RegisterStreet", () => {
  const given = scenario(streetDecider);

  it("registers a new street", () => {
    given([])
      .when(registerStreet, { today })
      .thenEmits([{ type: "StreetRegistered", data: registerStreet.data }]);
  });

  it("refuses a street that is already registered", () => {
    given([{ type: "StreetRegistered", data: registerStreet.data }])
      .when(registerStreet, { today })
      .thenRefuses({ kind: "conflict", code: "street_already_registered" });
  });
});

describe("RegisterCommunity", () => {
  const given = scenario(communityDecider);

  it("registers a new community under its street, copying the street's name", () => {
    given([]).when(registerCommunity, { today, street: dongfeng }).thenEmits([communityRegistered]);
  });

  it("refuses a community that is already registered", () => {
    given([communityRegistered])
      .when(registerCommunity, { today, street: dongfeng })
      .thenRefuses({ kind: "conflict", code: "community_already_registered" });
  });

  it("refuses a community whose street is not registered", () => {
    given([])
      .when(registerCommunity, { today, street: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "street_not_found", field: "streetId" });
  });

  it("refuses when the street state passed belongs to another street", () => {
    given([])
      .when(
        { type: "RegisterCommunity", data: { ...registerCommunity.data, streetId: "xinhua" } },
        { today, street: dongfeng },
      )
      .thenRefuses({ kind: "not_found", code: "street_not_found", field: "streetId" });
  });
});

describe("RegisterUnit", () => {
  const given = scenario(unitDecider);

  it("registers a unit in a registered community", () => {
    given([]).when(registerUnit, { today, community: guangming }).thenEmits([unitRegistered]);
  });

  it("refuses a unit that is already registered", () => {
    given([unitRegistered])
      .when(registerUnit, { today, community: guangming })
      .thenRefuses({ kind: "conflict", code: "unit_already_registered" });
  });

  it("refuses a unit whose community is not registered", () => {
    given([])
      .when(registerUnit, { today, community: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("refuses when the community state passed belongs to another community", () => {
    const other = fold(communityDecider, [
      {
        type: "CommunityRegistered",
        data: { communityId: "dongfeng", streetId: "dongfeng", name: "东风社区", street: "东风路街道" },
      },
    ]);
    given([])
      .when(registerUnit, { today, community: other })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });
});

describe("registry evolve", () => {
  it("starts with nothing registered", () => {
    expect(fold(communityDecider, [])).toEqual({ status: "none" });
    expect(fold(unitDecider, [])).toEqual({ status: "none" });
  });

  it("holds the registered data", () => {
    expect(guangming).toEqual({ status: "registered", community: communityRegistered.data });
    expect(fold(unitDecider, [unitRegistered])).toEqual({ status: "registered", unit: registerUnit.data });
  });
});

describe("registry schemas", () => {
  it("trims names and refuses blank ones", () => {
    const parsed = RegisterCommunityInput.parse({
      communityId: "g",
      name: "  光明社区 ",
      streetId: "dongfeng",
    });
    expect(parsed.name).toBe("光明社区");
    const blank = RegisterCommunityInput.safeParse({ communityId: "g", name: "   ", streetId: "dongfeng" });
    expect(blank.error?.issues.map((issue) => issue.path)).toEqual([["name"]]);
  });

  it("accepts every unit kind and refuses others", () => {
    for (const kind of ["school", "hospital", "public_agency", "company", "social_org", "other"]) {
      expect(RegisterUnitInput.safeParse({ ...registerUnit.data, kind }).success).toBe(true);
    }
    const wrong = RegisterUnitInput.safeParse({ ...registerUnit.data, kind: "army" });
    expect(wrong.error?.issues.map((issue) => issue.path)).toEqual([["kind"]]);
  });

  it("counts in-service members as a whole number from 0 to 100000", () => {
    const members = (inServiceMembers: number) =>
      RegisterUnitInput.safeParse({ ...registerUnit.data, inServiceMembers }).success;
    expect([0, 226, 100_000].map(members)).toEqual([true, true, true]);
    expect([-1, 100_001, 2.5].map(members)).toEqual([false, false, false]);
  });

  it("parses stored events back into typed events", () => {
    expect(CommunityEvent.parse(communityRegistered)).toEqual(communityRegistered);
    expect(UnitEvent.parse(unitRegistered)).toEqual(unitRegistered);
    expect(RegistryEvent.parse(unitRegistered)).toEqual(unitRegistered);
    expect(registryEventSchemas.UnitRegistered.parse(unitRegistered.data)).toEqual(unitRegistered.data);
    expect(UnitEvent.safeParse(communityRegistered).success).toBe(false);
    expect(RegistryEvent.safeParse({ type: "UnitRenamed", data: {} }).success).toBe(false);
  });
});
