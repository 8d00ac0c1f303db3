import {
  communityDecider,
  communityEvents,
  communityStream,
  meetingDecider,
  meetingEvents,
  meetingStream,
  personDecider,
  personEvents,
  personStream,
  residentDecider,
  residentEvents,
  residentStream,
  streetDecider,
  streetEvents,
  streetStream,
  teamDecider,
  teamEvents,
  teamStream,
  toMeetingView,
  toPersonView,
  toResidentView,
  toTeamView,
  unitDecider,
  unitEvents,
  unitStream,
} from "@cobuild/domain";
import type { EventStore } from "@cobuild/event-store";
import { loadState } from "./load-state.ts";
import { eventReader } from "./read-events.ts";

const readStreetEvent = eventReader(streetEvents);
const readCommunityEvent = eventReader(communityEvents);
const readUnitEvent = eventReader(unitEvents);
const readPersonEvent = eventReader(personEvents);
const readResidentEvent = eventReader(residentEvents);
const readTeamEvent = eventReader(teamEvents);
const readMeetingEvent = eventReader(meetingEvents);

/**
 * The aggregates one context reads of another when deciding or answering, each folded straight from
 * its stream (always current): one place that knows each stream's name, decider and events.
 */
export function aggregateReaders(store: EventStore) {
  const street = (streetId: string) =>
    loadState(store, streetStream(streetId), streetDecider, readStreetEvent);
  const community = (communityId: string) =>
    loadState(store, communityStream(communityId), communityDecider, readCommunityEvent);
  const unit = (unitId: string) => loadState(store, unitStream(unitId), unitDecider, readUnitEvent);
  const person = (personId: string) =>
    loadState(store, personStream(personId), personDecider, readPersonEvent);
  const resident = (residentId: string) =>
    loadState(store, residentStream(residentId), residentDecider, readResidentEvent);
  const team = (teamId: string) => loadState(store, teamStream(teamId), teamDecider, readTeamEvent);
  const meeting = (meetingId: string) =>
    loadState(store, meetingStream(meetingId), meetingDecider, readMeetingEvent);
  return {
    street,
    community,
    unit,
    person,
    resident,
    team,
    meeting,
    /** What teams and posts may know of a person; undefined when never registered. */
    personView: async (personId: string) => toPersonView((await person(personId)).state),
    /** What the supermarket may know of a resident in need; undefined when never registered. */
    residentView: async (residentId: string) => toResidentView((await resident(residentId)).state),
    /** What posts may know of a team; undefined when it does not exist. */
    teamView: async (teamId: string) => toTeamView((await team(teamId)).state),
    /** What an agreement signed at a meeting may know of it; undefined when there is no such meeting. */
    meetingView: async (meetingId: string) => toMeetingView((await meeting(meetingId)).state),
  };
}
export type AggregateReaders = ReturnType<typeof aggregateReaders>;
