import type { CommunityState } from "../registry/decider.ts";
import type { DecideContext } from "../shared/decider.ts";
import type { PersonView } from "../shared/views.ts";
import type { TeamView } from "../teams/state.ts";

/**
 * What the handler loads from other streams: OpenPost needs the community's state
 * (`community-<communityId>`); ClaimPlace needs the person's view under `person` and, when it names a
 * team, the team's view (`toTeamView` of `team-<teamId>`) under `team`, `undefined` meaning no such
 * person or team. The other commands need only today's date.
 */
export type PostDecideContext = DecideContext & {
  community?: CommunityState;
  person?: PersonView | undefined;
  team?: TeamView | undefined;
};
