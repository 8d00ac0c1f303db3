import type { PersonState } from "../people/person-state.ts";
import type { PostEvent } from "../posts/events.ts";
import { addQuantities } from "../shared/quantities.ts";
import type { TeamEvent } from "../teams/events.ts";

/** One post a member held places on during the year. */
export interface PostRecord {
  postId: string;
  name: string;
  claimedOn: string;
  released: boolean;
  duties: number;
  hours: number;
}

/** One team a member served in during the year, with their approved hours. */
export interface TeamRecord {
  teamId: string;
  name: string;
  hours: number;
}

/**
 * 在职党员参与社区活动情况反馈表: what an in-service member did in their residential community in one
 * year, sent back to their employer before its year-end review. Only approved volunteer hours count;
 * duty hours count in the year they were served.
 */
export interface YearEndRecord {
  personId: string;
  name: string;
  communityId: string;
  employerUnitId: string | null;
  year: number;
  reportedOn: string | null;
  posts: PostRecord[];
  teams: TeamRecord[];
  postHours: number;
  volunteerHours: number;
  totalHours: number;
  evaluation: { grade: string; comment: string; evaluatedOn: string } | null;
}

const inYear = (date: string, year: number) => date.startsWith(`${year}-`);

function postRecord(events: readonly PostEvent[], personId: string, year: number): PostRecord | undefined {
  let name = "";
  let record: PostRecord | undefined;
  for (const event of events) {
    switch (event.type) {
      case "PostOpened":
        name = event.data.name;
        break;
      case "PlaceClaimed":
        // A claim made in a later year says nothing about this one.
        if (event.data.personId === personId && event.data.claimedOn <= `${year}-12-31`) {
          record ??= {
            postId: event.data.postId,
            name,
            claimedOn: event.data.claimedOn,
            released: false,
            duties: 0,
            hours: 0,
          };
        }
        break;
      case "ClaimReleased":
        if (record && event.data.personId === personId) record.released = true;
        break;
      case "DutyRecorded":
        if (record && event.data.personId === personId && inYear(event.data.date, year)) {
          record.duties += 1;
          record.hours = addQuantities(record.hours, event.data.hours);
        }
        break;
      default:
        break;
    }
  }
  return record;
}

function teamRecord(events: readonly TeamEvent[], personId: string, year: number): TeamRecord | undefined {
  let name = "";
  let member = false;
  let hours = 0;
  for (const event of events) {
    if (event.type === "TeamCreated") name = event.data.name;
    if (
      event.type === "MemberAdded" &&
      event.data.personId === personId &&
      event.data.joinedOn <= `${year}-12-31`
    ) {
      member = true;
    }
    if (
      event.type === "ServiceHoursApproved" &&
      event.data.personId === personId &&
      inYear(event.data.date, year)
    ) {
      hours = addQuantities(hours, event.data.hours);
    }
  }
  return member ? { teamId: events[0]?.data.teamId ?? "", name, hours } : undefined;
}

/** Builds a member's year-end record from their own stream and the streams of their community's posts and teams. */
export function yearEndRecord(
  person: Extract<PersonState, { status: "registered" }>,
  posts: readonly (readonly PostEvent[])[],
  teams: readonly (readonly TeamEvent[])[],
  year: number,
): YearEndRecord {
  const { personId } = person.person;
  const postRecords = posts.flatMap((events) => postRecord(events, personId, year) ?? []);
  const teamRecords = teams.flatMap((events) => teamRecord(events, personId, year) ?? []);
  const postHours = postRecords.reduce((sum, p) => addQuantities(sum, p.hours), 0);
  const volunteerHours = teamRecords.reduce((sum, t) => addQuantities(sum, t.hours), 0);
  const evaluation = person.evaluations.get(year);
  return {
    personId,
    name: person.person.name,
    communityId: person.person.communityId,
    employerUnitId: person.person.employerUnitId ?? null,
    year,
    reportedOn: person.reportedOn ?? null,
    posts: postRecords,
    teams: teamRecords,
    postHours,
    volunteerHours,
    totalHours: addQuantities(postHours, volunteerHours),
    evaluation: evaluation
      ? { grade: evaluation.grade, comment: evaluation.comment, evaluatedOn: evaluation.evaluatedOn }
      : null,
  };
}
