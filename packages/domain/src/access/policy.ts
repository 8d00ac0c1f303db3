import type { Grant, Role } from "./grants.ts";
import type { Scope } from "./scope.ts";

/**
 * Who may be allowed an action. A role is matched the way it is held: a street admin over the street,
 * staff and keepers over their community, a liaison over their unit, a leader over their team, a member
 * over themself. `anyone_in_community` admits every grant of the scope's community (and street-wide
 * grants of its street): things every participant of a community may read. `<role>_in_community`
 * admits that role for any grant it holds inside the scope's community: a liaison reads the meetings
 * of their unit's community, though their grant is over their unit.
 */
export type Admits = Role | "anyone_in_community" | `${Role}_in_community`;

const STAFF = ["street_admin", "community_staff"] as const satisfies readonly Admits[];
const EVERYONE = ["anyone_in_community"] as const satisfies readonly Admits[];

/** Every command and query that is access-checked, with who may perform it. */
export const policy = {
  // Registry
  RegisterCommunity: ["street_admin"],
  RegisterUnit: STAFF,
  RegisterPerson: STAFF,
  ReportIn: [...STAFF, "member"],
  EvaluateMember: STAFF,
  RegisterResidentInNeed: STAFF,
  ApproveResident: STAFF,
  RevokeResidentApproval: STAFF,
  // Accounts (the grant being managed is checked separately: see `mayManageGrant`)
  CreateAccount: STAFF,
  GrantRole: STAFF,
  RevokeRole: STAFF,
  ResetPassword: STAFF,
  // Co-building agreements
  DraftAgreement: STAFF,
  AmendAgreement: STAFF,
  SignAgreement: STAFF,
  LogContribution: [...STAFF, "unit_liaison"],
  CorrectContribution: [...STAFF, "unit_liaison"],
  VerifyContribution: STAFF,
  DisputeContribution: STAFF,
  TerminateAgreement: STAFF,
  ExpireAgreement: STAFF,
  // Evaluations: the street scores as the street; staff enter the community's and the residents' scores
  RecordStreetEvaluationScore: ["street_admin"],
  RecordEvaluationScore: STAFF,
  ConcludeEvaluation: ["street_admin"],
  // Joint meetings
  ScheduleMeeting: STAFF,
  RescheduleMeeting: STAFF,
  CancelMeeting: STAFF,
  RecordAttendance: STAFF,
  RecordDecision: STAFF,
  MarkDecisionDone: STAFF,
  // Volunteer teams
  CreateTeam: STAFF,
  AppointLeader: STAFF,
  AddMember: [...STAFF, "team_leader"],
  RemoveMember: [...STAFF, "team_leader"],
  LogServiceHours: [...STAFF, "team_leader"],
  ApproveServiceHours: STAFF,
  RejectServiceHours: STAFF,
  // Service posts
  OpenPost: STAFF,
  ClosePost: STAFF,
  ClaimPlace: [...STAFF, "team_leader", "member"],
  ReleaseClaim: [...STAFF, "team_leader", "member"],
  RecordDuty: [...STAFF, "team_leader", "member"],
  // Love supermarket
  AddItem: [...STAFF, "supermarket_keeper"],
  ChangeMinimumStock: [...STAFF, "supermarket_keeper"],
  SetMonthlyLimit: STAFF,
  RecordDonation: [...STAFF, "supermarket_keeper", "unit_liaison"],
  // Settling what the community took in: never a liaison, whose donations these are.
  AcceptDonation: [...STAFF, "supermarket_keeper"],
  DeclineDonation: [...STAFF, "supermarket_keeper"],
  VoidReceipt: [...STAFF, "supermarket_keeper"],
  HandOut: [...STAFF, "supermarket_keeper"],
  AdjustStock: [...STAFF, "supermarket_keeper"],
  // Pledges (承诺): staff record anyone's; a member makes and fulfils their own; only staff verify (销号)
  MakePledge: [...STAFF, "member"],
  RecordFulfilment: [...STAFF, "member"],
  RejectFulfilment: STAFF,
  StrikeOffPledge: STAFF,
  WithdrawPledge: STAFF,
  // Queries
  ReadCommunity: EVERYONE,
  ReadUnit: EVERYONE,
  ReadAgreement: [...STAFF, "meeting_member", "unit_liaison"],
  ReadPerson: [...STAFF, "member"],
  // Names only, for a leader picking who to add to their team (no phone, kind or employer).
  ReadPeopleNames: [...STAFF, "team_leader_in_community"],
  ReadMemberRecord: [...STAFF, "member", "unit_liaison"],
  ReadResident: [...STAFF, "supermarket_keeper"],
  ReadTeam: EVERYONE,
  ReadPost: EVERYONE,
  ReadStock: EVERYONE,
  ReadLedger: [...STAFF, "supermarket_keeper"],
  ReadMeeting: [...STAFF, "meeting_member", "unit_liaison_in_community"],
  ReadEvaluation: [...STAFF, "meeting_member", "unit_liaison"],
  ReadAccounts: STAFF,
  // Pledges and their fulfilment are public in the community (双公开)
  ReadPledges: EVERYONE,
  // Who did what and when, from every event's actor
  ReadAudit: STAFF,
  // Live boards (the directory of communities is open to any logged-in user: see boards/access)
  ReadCommunityBoard: EVERYONE,
  ReadPostsBoard: EVERYONE,
  ReadSupermarketBoard: EVERYONE,
  ReadTeamBoard: EVERYONE,
  ReadStreetBoard: ["street_admin", "meeting_member"],
  ReadUnitLedger: [...STAFF, "meeting_member", "unit_liaison"],
  ReadMemberBoard: [...STAFF, "member"],
} as const satisfies Record<string, readonly Admits[]>;

export type Action = keyof typeof policy;
export const actions = Object.keys(policy) as Action[];

/** True when this one grant lets its holder act as `role` on the scope. */
const grantMatches = (grant: Grant, scope: Scope): boolean => {
  switch (grant.role) {
    case "street_admin":
      return grant.streetId === scope.streetId;
    case "meeting_member":
      return grant.communityId === undefined
        ? grant.streetId === scope.streetId
        : grant.communityId === scope.communityId;
    case "community_staff":
    case "supermarket_keeper":
      return grant.communityId === scope.communityId;
    case "unit_liaison":
      return grant.unitId === scope.unitId;
    case "team_leader":
      return grant.teamId === scope.teamId;
    case "member":
      return grant.personId === scope.personId;
  }
};

/** True when the grant belongs to the scope's community, or is held over its whole street. */
const belongsTo = (grant: Grant, scope: Scope): boolean =>
  "communityId" in grant && grant.communityId !== undefined
    ? grant.communityId === scope.communityId
    : grant.streetId === scope.streetId;

/** True when any of the actor's grants admits the action on this scope. */
export function allows(grants: readonly Grant[], action: Action, scope: Scope): boolean {
  const admitted: readonly Admits[] = policy[action];
  return grants.some((grant) =>
    admitted.includes("anyone_in_community") || admitted.includes(`${grant.role}_in_community`)
      ? belongsTo(grant, scope)
      : admitted.includes(grant.role) && grantMatches(grant, scope),
  );
}

/**
 * Whether someone may hand out (or take back) a grant: staff over the grant's own scope, and only a
 * street admin may make street admins, street-wide meeting members or community staff.
 */
export function mayManageGrant(grants: readonly Grant[], grant: Grant): boolean {
  const streetWide =
    grant.role === "street_admin" ||
    grant.role === "community_staff" ||
    (grant.role === "meeting_member" && grant.communityId === undefined);
  if (streetWide) {
    return grants.some((held) => held.role === "street_admin" && held.streetId === grant.streetId);
  }
  return grants.some(
    (held) =>
      (held.role === "street_admin" && held.streetId === grant.streetId) ||
      (held.role === "community_staff" && "communityId" in grant && held.communityId === grant.communityId),
  );
}
