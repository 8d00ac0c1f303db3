import type { CommunityState, UnitState } from "../registry/decider.ts";
import type { DecideContext } from "../shared/decider.ts";
import { notFound } from "../shared/errors.ts";
import type { ExistingMeeting, MeetingState } from "./state.ts";

/**
 * What the handler loads besides today's date, by command: ScheduleMeeting needs the community's
 * stream (`community-<communityId>`), RecordAttendance the unit's (`unit-<unitId>`), RecordDecision
 * every assigned unit's, keyed by unitId. The others need nothing, so all three are optional.
 */
export type MeetingDecideContext = DecideContext & {
  community?: CommunityState;
  unit?: UnitState;
  units?: Readonly<Record<string, UnitState>>;
};

/** The meeting, or a 404 when the stream holds none. */
export const existingMeeting = (state: MeetingState, meetingId: string): ExistingMeeting => {
  if (state.status === "none") throw notFound("meeting_not_found", `Meeting ${meetingId} does not exist.`);
  return state;
};

/** A context entry the command needs; missing, it is a wiring bug in the handler, not a refusal. */
export const required = <Value>(value: Value | undefined, what: string, command: string): Value => {
  if (value === undefined) throw new Error(`${command} needs ${what} in its context`);
  return value;
};

/**
 * The registered unit a command names, or a 404 at `field`. A state for another unit means the handler
 * loaded the wrong stream: as far as this decision can know, the named unit was never registered.
 */
export const registeredUnit = (unit: UnitState | undefined, unitId: string, field: string) => {
  if (unit === undefined || unit.status !== "registered" || unit.unit.unitId !== unitId) {
    throw notFound("unit_not_found", `Unit ${unitId} is not registered.`, field);
  }
  return unit.unit;
};
