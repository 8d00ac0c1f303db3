import type { Grant } from "@cobuild/domain";
import type { MessageKey } from "./i18n/i18n.tsx";
import { paths } from "./routes.ts";

/** One place a user can go, as the top bar and the home page list it. */
export interface Destination {
  to: string;
  label: MessageKey;
}

/**
 * Where each role does its job, in the order the home page offers them. Derived from the grants alone,
 * so it needs no request; the pages themselves still ask the API, which has the last word.
 */
export function destinationsOf(grants: readonly Grant[]): Destination[] {
  const out: Destination[] = [];
  const add = (to: string, label: MessageKey) => {
    if (!out.some((d) => d.to === to)) out.push({ to, label });
  };
  for (const grant of grants) {
    switch (grant.role) {
      case "street_admin":
        add(paths.streetBoard(grant.streetId), "nav.streetBoard");
        break;
      case "meeting_member":
        if (grant.communityId) add(paths.communityBoard(grant.communityId), "nav.board");
        else add(paths.streetBoard(grant.streetId), "nav.streetBoard");
        break;
      case "community_staff":
        add(paths.communityBoard(grant.communityId), "nav.board");
        add(paths.setup(grant.communityId), "nav.setup");
        add(paths.verify(grant.communityId), "nav.verify");
        add(paths.counter(grant.communityId), "nav.counter");
        break;
      case "unit_liaison":
        add(paths.unitLedger(grant.unitId), "nav.unit");
        add(paths.communityBoard(grant.communityId), "nav.board");
        break;
      case "team_leader":
        add(paths.team(grant.teamId), "nav.team");
        add(paths.posts(grant.communityId), "nav.posts");
        add(paths.communityBoard(grant.communityId), "nav.board");
        break;
      case "member":
        add(paths.memberRecord(grant.personId), "nav.record");
        add(paths.posts(grant.communityId), "nav.posts");
        add(paths.communityBoard(grant.communityId), "nav.board");
        break;
      case "supermarket_keeper":
        add(paths.counter(grant.communityId), "nav.counter");
        add(paths.supermarket(grant.communityId), "nav.supermarket");
        break;
    }
  }
  return out;
}
