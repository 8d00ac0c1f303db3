// Test-only fixtures for the people specs: one community, one employer unit, one in-service member and
// one resident in need.

import type { EvaluateMember, RegisterPerson, ReportIn } from "../people/person-commands.ts";
import type { MemberEvaluated, MemberReportedIn, PersonRegistered } from "../people/person-events.ts";
import type {
  ApproveResident,
  RegisterResidentInNeed,
  RevokeResidentApproval,
} from "../people/resident-commands.ts";
import type {
  ResidentApprovalRevoked,
  ResidentApproved,
  ResidentInNeedRegistered,
} from "../people/resident-events.ts";
import type { CommunityState, UnitState } from "../registry/decider.ts";

export const today = "2025-06-15";

export const guangming: CommunityState = {
  status: "registered",
  community: { communityId: "guangming", streetId: "dongfeng", name: "光明社区", street: "东风路街道" },
};

/** The employer sits in another community, as in-service members' employers often do. */
export const cdc: UnitState = {
  status: "registered",
  unit: {
    unitId: "cdc",
    communityId: "xinhua",
    name: "区疾控中心",
    kind: "public_agency",
    partyOrganisation: "区疾控中心党支部",
    inServiceMembers: 18,
  },
};

export const registerData = (): RegisterPerson["data"] => ({
  personId: "p-zhang",
  communityId: "guangming",
  name: "张明",
  kind: "party_member",
  partyCategory: "in_service",
  employerUnitId: "cdc",
  skills: ["医疗保健", "理发"],
  phone: "13800000000",
});

export const registerPerson = (overrides: Partial<RegisterPerson["data"]> = {}): RegisterPerson => ({
  type: "RegisterPerson",
  data: { ...registerData(), ...overrides },
});

export const personRegistered = (overrides: Partial<PersonRegistered["data"]> = {}): PersonRegistered => ({
  type: "PersonRegistered",
  data: { ...registerData(), ...overrides },
});

/** A retired member (离退休党员) with no employer: registered, but never reports in. */
export const retiredRegistered = (): PersonRegistered => {
  const { employerUnitId: _employer, ...member } = registerData();
  return {
    type: "PersonRegistered",
    data: { ...member, personId: "p-li", name: "李芳", partyCategory: "retired" },
  };
};

export const reportIn = (overrides: Partial<ReportIn["data"]> = {}): ReportIn => ({
  type: "ReportIn",
  data: { personId: "p-zhang", reportedOn: "2025-03-01", ...overrides },
});

export const reportedIn = (overrides: Partial<MemberReportedIn["data"]> = {}): MemberReportedIn => ({
  type: "MemberReportedIn",
  data: { personId: "p-zhang", communityId: "guangming", reportedOn: "2025-03-01", ...overrides },
});

export const evaluate = (overrides: Partial<EvaluateMember["data"]> = {}): EvaluateMember => ({
  type: "EvaluateMember",
  data: { personId: "p-zhang", year: 2024, grade: "excellent", comment: "报到后积极参与巡逻", ...overrides },
});

export const evaluated = (overrides: Partial<MemberEvaluated["data"]> = {}): MemberEvaluated => ({
  type: "MemberEvaluated",
  data: { ...evaluate().data, communityId: "guangming", evaluatedOn: today, ...overrides },
});

export const residentData = (): RegisterResidentInNeed["data"] => ({
  residentId: "r-wang",
  communityId: "guangming",
  name: "王奶奶",
  category: "elderly_alone",
  householdSize: 1,
  address: "光明社区3号楼2单元101",
  note: "行动不便，需送货上门",
});

export const registerResident = (
  overrides: Partial<RegisterResidentInNeed["data"]> = {},
): RegisterResidentInNeed => ({
  type: "RegisterResidentInNeed",
  data: { ...residentData(), ...overrides },
});

export const residentRegistered = (): ResidentInNeedRegistered => ({
  type: "ResidentInNeedRegistered",
  data: residentData(),
});

export const approve = (overrides: Partial<ApproveResident["data"]> = {}): ApproveResident => ({
  type: "ApproveResident",
  data: { residentId: "r-wang", approvedOn: "2025-02-01", ...overrides },
});

export const approved = (overrides: Partial<ResidentApproved["data"]> = {}): ResidentApproved => ({
  type: "ResidentApproved",
  data: { residentId: "r-wang", communityId: "guangming", approvedOn: "2025-02-01", ...overrides },
});

export const revoke = (overrides: Partial<RevokeResidentApproval["data"]> = {}): RevokeResidentApproval => ({
  type: "RevokeResidentApproval",
  data: { residentId: "r-wang", revokedOn: "2025-05-01", reason: "已迁出本社区", ...overrides },
});

export const revoked = (
  overrides: Partial<ResidentApprovalRevoked["data"]> = {},
): ResidentApprovalRevoked => ({
  type: "ResidentApprovalRevoked",
  data: {
    residentId: "r-wang",
    communityId: "guangming",
    revokedOn: "2025-05-01",
    reason: "已迁出本社区",
    ...overrides,
  },
});
