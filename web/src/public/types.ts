// The public API's answers are built by @cobuild/boards' disclosure views; the pages read the same types.
export type {
  PublicAgreement,
  PublicDecision,
  PublicPledges,
  PublicRate,
  PublicSummary,
  PublicSupermarket,
  PublicTeamRoll,
} from "@cobuild/boards";

/** The sections of the site, in the order of its tabs. */
export const publicSections = ["agreements", "pledges", "decisions", "supermarket", "teams"] as const;
export type PublicSection = (typeof publicSections)[number];
