import {
  type CancelMeetingInput,
  communityEvents,
  type ExistingMeeting,
  type MarkDecisionDoneInput,
  type MeetingCommand,
  type MeetingDecideContext,
  type MeetingState,
  meetingDecider,
  meetingEvents,
  meetingStream,
  notFound,
  type RecordAttendanceInput,
  type RecordDecisionInput,
  type RescheduleMeetingInput,
  type ScheduleMeetingInput,
  type ScopeRef,
  unitEvents,
} from "@cobuild/domain";
import { loadState } from "../commands/load-state.ts";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, runCommand } from "../commands/run-command.ts";
import type { ServiceDeps } from "../commands/service-deps.ts";

const readMeetingEvent = eventReader(meetingEvents);
const _readCommunityEvent = eventReader(communityEvents);
const _readUnitEvent = eventReader(unitEvents);

/** A meeting belongs to its community: that is who may run it and read it. 404 when there is none. */
export const meetingScope = (state: MeetingState, meetingId: string): ScopeRef => {
  if (state.status === "none") throw notFound("meeting_not_found", `Meeting ${meetingId} does not exist.`);
  return { communityId: state.communityId };
};

/** Joint meetings (党建联席会议): commands and queries, independent of HTTP. */
export function meetingService(deps: ServiceDeps) {
  const meeting = (meetingId: string) =>
    loadState(deps.store, meetingStream(meetingId), meetingDecider, readMeetingEvent);
  const unit = async (unitId: string) => (await deps.read.unit(unitId)).state;
  const community = async (communityId: string) => (await deps.read.community(communityId)).state;

  /** Every command but ScheduleMeeting acts on an existing meeting, authorised by its stored community. */
  const run = (
    meetingId: string,
    command: Exclude<MeetingCommand, { type: "ScheduleMeeting" }>,
    envelope: CommandEnvelope,
    loadContext: (base: MeetingDecideContext) => Promise<MeetingDecideContext> = async (base) => base,
  ) =>
    runCommand(
      deps,
      {
        streamId: meetingStream(meetingId),
        decider: meetingDecider,
        command,
        toDomainEvent: readMeetingEvent,
        loadContext,
        access: { action: command.type, scope: (state) => meetingScope(state, meetingId) },
      },
      envelope,
    );

  return {
    /** Today in the community's time zone: what "overdue" is measured against. */
    today: deps.today,
    meeting,
    /** A community's meetings (cancelled ones included), read straight from their streams. */
    communityMeetings: async (communityId: string): Promise<ExistingMeeting[]> => {
      const ids = Object.keys((await deps.catalogue(communityId)).meetings);
      const states = await Promise.all(ids.map(async (meetingId) => (await meeting(meetingId)).state));
      return states.filter((state): state is ExistingMeeting => state.status !== "none");
    },
    /** The community's units by id, with their names, from the catalogue projection. */
    unitNames: async (communityId: string) => (await deps.catalogue(communityId)).units,
    scheduleMeeting: (data: ScheduleMeetingInput, envelope: CommandEnvelope) =>
      runCommand(
        deps,
        {
          streamId: meetingStream(data.meetingId),
          decider: meetingDecider,
          command: { type: "ScheduleMeeting", data },
          toDomainEvent: readMeetingEvent,
          loadContext: async (base) => ({ ...base, community: await community(data.communityId) }),
          access: {
            action: "ScheduleMeeting",
            // An existing meeting is judged where it really is; a new one in the community it names,
            // which access control looks up (404 when unregistered) and the decider checks again.
            scope: (state) =>
              state.status === "none"
                ? { communityId: data.communityId }
                : meetingScope(state, data.meetingId),
          },
        },
        envelope,
      ),
    rescheduleMeeting: (data: RescheduleMeetingInput, envelope: CommandEnvelope) =>
      run(data.meetingId, { type: "RescheduleMeeting", data }, envelope),
    cancelMeeting: (data: CancelMeetingInput, envelope: CommandEnvelope) =>
      run(data.meetingId, { type: "CancelMeeting", data }, envelope),
    recordAttendance: (data: RecordAttendanceInput, envelope: CommandEnvelope) =>
      run(data.meetingId, { type: "RecordAttendance", data }, envelope, async (base) => ({
        ...base,
        unit: await unit(data.unitId),
      })),
    recordDecision: (data: RecordDecisionInput, envelope: CommandEnvelope) =>
      run(data.meetingId, { type: "RecordDecision", data }, envelope, async (base) => {
        const entries = await Promise.all(
          data.assignedUnitIds.map(async (unitId) => [unitId, await unit(unitId)] as const),
        );
        return { ...base, units: Object.fromEntries(entries) };
      }),
    markDecisionDone: (data: MarkDecisionDoneInput, envelope: CommandEnvelope) =>
      run(data.meetingId, { type: "MarkDecisionDone", data }, envelope),
  };
}
export type MeetingsService = ReturnType<typeof meetingService>;
