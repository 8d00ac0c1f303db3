import type { DecideContext } from "../shared/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import type { ApproveServiceHours, LogServiceHours, RejectServiceHours } from "./commands.ts";
import type { ServiceHoursApproved, ServiceHoursLogged, ServiceHoursRejected } from "./events.ts";
import type { ServiceEntry, TeamState } from "./state.ts";

/** A team that exists, or the refusal every team command gives for one that does not. */
export type CreatedTeam = Extract<TeamState, { status: "created" }>;

/** Narrows the state to an existing team or refuses with team_not_found. */
export const existingTeam = (state: TeamState, teamId: string): CreatedTeam => {
  if (state.status !== "created") throw notFound("team_not_found", `Team ${teamId} does not exist.`);
  return state;
};

/** The leader logs hours a current member served; the entry waits for staff. */
export const decideLogHours = (
  { data }: LogServiceHours,
  state: TeamState,
  { today }: DecideContext,
): ServiceHoursLogged[] => {
  const team = existingTeam(state, data.teamId);
  // Checked first so a retried request is refused the same way even if the member has since left.
  if (team.entries.has(data.entryId)) {
    throw conflict("entry_already_logged", `Entry ${data.entryId} is already logged.`, "entryId");
  }
  if (!team.members.has(data.personId)) {
    throw conflict("not_member", `Person ${data.personId} is not a member of this team.`, "personId");
  }
  if (data.date > today) {
    throw validationError("date_in_future", "Service hours cannot be dated in the future.", "date");
  }
  return [{ type: "ServiceHoursLogged", data: { ...data, communityId: team.communityId } }];
};

/** The entry staff are deciding on, if it is still pending. */
const pendingEntry = (team: CreatedTeam, entryId: string): ServiceEntry => {
  const entry = team.entries.get(entryId);
  if (entry === undefined) {
    throw notFound("entry_not_found", `The team has no entry ${entryId}.`, "entryId");
  }
  if (entry.status !== "pending") {
    throw conflict("entry_already_decided", `Entry ${entryId} is already ${entry.status}.`, "entryId");
  }
  return entry;
};

/** Staff approve a pending entry; the event repeats the hours so projections can total them. */
export const decideApproveHours = (
  { data }: ApproveServiceHours,
  state: TeamState,
  { today }: DecideContext,
): ServiceHoursApproved[] => {
  const team = existingTeam(state, data.teamId);
  const { entryId, personId, date, hours } = pendingEntry(team, data.entryId);
  const { teamId, communityId } = team;
  return [
    {
      type: "ServiceHoursApproved",
      data: { teamId, communityId, entryId, personId, date, hours, approvedOn: today },
    },
  ];
};

/** Staff reject a pending entry with a reason. */
export const decideRejectHours = (
  { data }: RejectServiceHours,
  state: TeamState,
  { today }: DecideContext,
): ServiceHoursRejected[] => {
  const team = existingTeam(state, data.teamId);
  const { entryId, personId, date, hours } = pendingEntry(team, data.entryId);
  const { teamId, communityId } = team;
  return [
    {
      type: "ServiceHoursRejected",
      data: { teamId, communityId, entryId, personId, date, hours, reason: data.reason, rejectedOn: today },
    },
  ];
};
