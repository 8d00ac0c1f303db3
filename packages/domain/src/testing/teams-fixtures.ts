// Test-only fixtures for the team specs: one community, one patrol team, three people.
import type { CommunityState } from "../registry/decider.ts";
import type { PersonView } from "../shared/views.ts";
import type {
  AddMember,
  AppointLeader,
  ApproveServiceHours,
  CreateTeam,
  LogServiceHours,
  RejectServiceHours,
  RemoveMember,
} from "../teams/commands.ts";
import type {
  LeaderAppointed,
  MemberAdded,
  MemberRemoved,
  ServiceHoursApproved,
  ServiceHoursLogged,
  ServiceHoursRejected,
  TeamCreated,
} from "../teams/events.ts";

export const today = "2025-06-15";

export const guangming: CommunityState = {
  status: "registered",
  community: { communityId: "guangming", streetId: "dongfeng", name: "光明社区", street: "东风路街道" },
};

/** A person as the people context would show them. */
export const person = (personId: string, overrides: Partial<PersonView> = {}): PersonView => ({
  personId,
  communityId: "guangming",
  name: `居民${personId}`,
  inService: false,
  reportedIn: false,
  ...overrides,
});

export const create = (overrides: Partial<CreateTeam["data"]> = {}): CreateTeam => ({
  type: "CreateTeam",
  data: {
    teamId: "patrol",
    communityId: "guangming",
    category: "joint_patrol",
    name: "义务联防队",
    description: "夜间巡逻",
    ...overrides,
  },
});

export const created = (): TeamCreated => ({ type: "TeamCreated", data: create().data });

export const appoint = (personId = "zhang"): AppointLeader => ({
  type: "AppointLeader",
  data: { teamId: "patrol", personId },
});

export const appointed = (personId = "zhang", appointedOn = today): LeaderAppointed => ({
  type: "LeaderAppointed",
  data: { teamId: "patrol", communityId: "guangming", personId, appointedOn },
});

export const add = (personId = "li", skills: string[] = ["电工"]): AddMember => ({
  type: "AddMember",
  data: { teamId: "patrol", personId, skills },
});

export const added = (personId = "li", skills: string[] = ["电工"], joinedOn = today): MemberAdded => ({
  type: "MemberAdded",
  data: { teamId: "patrol", communityId: "guangming", personId, skills, joinedOn },
});

export const remove = (personId = "li", reason = "搬家"): RemoveMember => ({
  type: "RemoveMember",
  data: { teamId: "patrol", personId, reason },
});

export const removed = (personId = "li", reason = "搬家"): MemberRemoved => ({
  type: "MemberRemoved",
  data: { teamId: "patrol", communityId: "guangming", personId, reason, removedOn: today },
});

/** A team with a leader (zhang) and one member (li). */
export const staffed = () => [
  created(),
  added("zhang", [], "2025-01-05"),
  appointed("zhang", "2025-01-05"),
  added("li", ["电工"], "2025-02-01"),
];

export const logHours = (overrides: Partial<LogServiceHours["data"]> = {}): LogServiceHours => ({
  type: "LogServiceHours",
  data: {
    teamId: "patrol",
    entryId: "e-1",
    personId: "li",
    date: "2025-06-14",
    hours: 2.5,
    activity: "夜间巡逻",
    ...overrides,
  },
});

export const hoursLogged = (overrides: Partial<ServiceHoursLogged["data"]> = {}): ServiceHoursLogged => ({
  type: "ServiceHoursLogged",
  data: { ...logHours().data, communityId: "guangming", ...overrides },
});

export const approve = (entryId = "e-1"): ApproveServiceHours => ({
  type: "ApproveServiceHours",
  data: { teamId: "patrol", entryId },
});

export const approved = (): ServiceHoursApproved => ({
  type: "ServiceHoursApproved",
  data: {
    teamId: "patrol",
    communityId: "guangming",
    entryId: "e-1",
    personId: "li",
    date: "2025-06-14",
    hours: 2.5,
    approvedOn: today,
  },
});

export const reject = (entryId = "e-1", reason = "当天未出勤"): RejectServiceHours => ({
  type: "RejectServiceHours",
  data: { teamId: "patrol", entryId, reason },
});

export const rejected = (): ServiceHoursRejected => ({
  type: "ServiceHoursRejected",
  data: {
    teamId: "patrol",
    communityId: "guangming",
    entryId: "e-1",
    personId: "li",
    date: "2025-06-14",
    hours: 2.5,
    reason: "当天未出勤",
    rejectedOn: today,
  },
});
