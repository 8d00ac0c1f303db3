import type { CommunityBoard } from "@cobuild/boards";

/** The figures the setup hub shows for the community's own board. */
export interface SetupCounts {
  units: number;
  /** In-service party members of all units together. */
  inServiceMembers: number;
  agreements: { total: number; signed: number; draft: number };
  meetings: { total: number; upcoming: number };
  openDecisions: number;
  teams: number;
  teamMembers: number;
}

/** Counts from the community board; "upcoming" is a meeting not cancelled and dated today or later. */
export function setupCounts(board: CommunityBoard, today: string): SetupCounts {
  const agreements = Object.values(board.agreements);
  const meetings = Object.values(board.meetings);
  return {
    units: Object.keys(board.units).length,
    inServiceMembers: Object.values(board.units).reduce((n, u) => n + u.inServiceMembers, 0),
    agreements: {
      total: agreements.length,
      signed: agreements.filter((a) => a.status === "signed").length,
      draft: agreements.filter((a) => a.status === "draft").length,
    },
    meetings: {
      total: meetings.length,
      upcoming: meetings.filter((m) => m.status === "scheduled" && m.date >= today).length,
    },
    openDecisions: Object.values(board.decisions).filter((d) => d.doneOn === null).length,
    teams: Object.keys(board.teams).length,
    teamMembers: Object.values(board.teams).reduce((n, team) => n + team.members, 0),
  };
}
