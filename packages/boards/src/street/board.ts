/**
 * The street's rolled-up live board (街道联席会议看板), `street:<streetId>`: one summary per community,
 * kept up to date from each event by the street's own tally (tally.ts), and the newest contributions
 * street-wide.
 */
export interface StreetBoard {
  streetId: string;
  name: string;
  communities: Record<string, StreetCommunitySummary>;
  /** Newest first, at most RECENT_STREET_CONTRIBUTIONS. */
  recentContributions: StreetContribution[];
}

export interface StreetCommunitySummary {
  communityId: string;
  name: string;
  units: number;
  /** Agreements signed and still running. */
  signedAgreements: number;
  /** Commitments of signed agreements, and how many of them are struck off. */
  commitments: number;
  fulfilled: number;
  contributions: number;
  participants: number;
  /** Approved volunteer hours by month, all teams together. */
  hoursByMonth: Record<string, number>;
  /** Places on open posts, and how many are taken. */
  places: number;
  claimed: number;
  /** Supermarket totals per day of the last SUMMARY_DAYS days seen: donations and hand-outs counted. */
  supermarketDays: Record<string, { donations: number; handouts: number }>;
  /**
   * Deadlines of what is still open: decisions not done and commitments of running agreements not
   * struck off. The reader counts those before today as overdue.
   */
  openDeadlines: string[];
}

export interface StreetContribution {
  /** Unique only within its agreement: an entry is named by community, agreement and this id. */
  contributionId: string;
  agreementId: string;
  communityId: string;
  communityName: string;
  unitName: string;
  description: string;
  quantity: number;
  unitOfMeasure: string;
  date: string;
  participants: number;
  loggedAt: string;
  /** The community questioned it; a correction makes it plain (and pending) again. */
  disputed: boolean;
}

export const RECENT_STREET_CONTRIBUTIONS = 20;
export const STREET_BOARD = "street";
