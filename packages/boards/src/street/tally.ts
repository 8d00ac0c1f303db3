import type { BoardAgreement } from "../community/board.ts";
import { own } from "../protocol/ops.ts";
import type { StreetCommunitySummary } from "./board.ts";

/** A commitment as the street needs it: for the feed's line and the summary's counts. */
export interface TallyCommitment {
  description: string;
  unitOfMeasure: string;
  dueDate: string;
  fulfilledOn: string | null;
}

/** An agreement as the street needs it: running or not, and its commitments. */
export interface TallyAgreement {
  status: BoardAgreement["status"];
  commitments: Record<string, TallyCommitment>;
}

/** A post as the street needs it: places counted while open, and the claims holding them. */
export interface TallyPost {
  open: boolean;
  places: number;
  claims: Record<string, true>;
}

/**
 * What the street projection keeps for itself about one community (`street-tally:<communityId>`, never
 * served): the few facts of each agreement, decision, post and team that the community's line depends
 * on, and the line itself, updated from each event instead of recomputed from the community's boards.
 */
export interface StreetTally {
  streetId: string | null;
  units: Record<string, string>;
  agreements: Record<string, TallyAgreement>;
  meetings: Record<string, true>;
  decisions: Record<string, { deadline: string; open: boolean }>;
  /** Approved hours by month, per team: a team created again starts over, as on the community board. */
  teams: Record<string, Record<string, number>>;
  posts: Record<string, TallyPost>;
  summary: StreetCommunitySummary;
}

/** The tally of a community nothing has happened in yet. */
export const emptyTally = (communityId: string): StreetTally => ({
  streetId: null,
  units: {},
  agreements: {},
  meetings: {},
  decisions: {},
  teams: {},
  posts: {},
  summary: {
    communityId,
    name: "",
    units: 0,
    signedAgreements: 0,
    commitments: 0,
    fulfilled: 0,
    contributions: 0,
    participants: 0,
    hoursByMonth: {},
    places: 0,
    claimed: 0,
    supermarketDays: {},
    openDeadlines: [],
  },
});

/** The commitment a contribution fact names, when the tally knows it. */
export const commitmentIn = (
  tally: StreetTally,
  ref: { agreementId: string; commitmentId: string },
): TallyCommitment | undefined => {
  const agreement = own(tally.agreements, ref.agreementId);
  return agreement ? own(agreement.commitments, ref.commitmentId) : undefined;
};
