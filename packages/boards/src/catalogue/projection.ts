import type {
  AgreementDrafted,
  ItemAdded,
  MeetingScheduled,
  PersonRegistered,
  PostOpened,
  ResidentInNeedRegistered,
  TeamCreated,
  UnitRegistered,
} from "@cobuild/domain";
import type { BoardProjection } from "../projection.ts";
import type { BoardOp } from "../protocol/ops.ts";

/**
 * What a community holds, by kind: the ids (with a label) of its units, people, residents in need,
 * teams, posts, meetings, agreements and supermarket items. The API lists a community's things from it
 * and then reads each one from its own stream, so lists stay exact without a read model per query.
 */
export interface CatalogueBoard {
  communityId: string;
  units: Record<string, string>;
  people: Record<string, string>;
  residents: Record<string, string>;
  teams: Record<string, string>;
  posts: Record<string, string>;
  meetings: Record<string, string>;
  agreements: Record<string, string>;
  items: Record<string, string>;
}
export type CatalogueKind = Exclude<keyof CatalogueBoard, "communityId">;

export const CATALOGUE_BOARD = "catalogue";

/** The events that bring something into a community: where its id and label are found. */
type Creation =
  | UnitRegistered
  | PersonRegistered
  | ResidentInNeedRegistered
  | TeamCreated
  | PostOpened
  | MeetingScheduled
  | AgreementDrafted
  | ItemAdded;

const entryOf = (event: Creation): { kind: CatalogueKind; id: string; label: string } => {
  switch (event.type) {
    case "UnitRegistered":
      return { kind: "units", id: event.data.unitId, label: event.data.name };
    case "PersonRegistered":
      return { kind: "people", id: event.data.personId, label: event.data.name };
    case "ResidentInNeedRegistered":
      return { kind: "residents", id: event.data.residentId, label: event.data.name };
    case "TeamCreated":
      return { kind: "teams", id: event.data.teamId, label: event.data.name };
    case "PostOpened":
      return { kind: "posts", id: event.data.postId, label: event.data.name };
    case "MeetingScheduled":
      return { kind: "meetings", id: event.data.meetingId, label: event.data.title };
    case "AgreementDrafted":
      return { kind: "agreements", id: event.data.agreementId, label: event.data.unitId };
    case "ItemAdded":
      return { kind: "items", id: event.data.itemId, label: event.data.name };
  }
};

/** A community's catalogue, kept for the API's lists; never served. */
export const catalogueBoardProjection: BoardProjection<CatalogueBoard, Creation> = {
  kind: CATALOGUE_BOARD,
  handles: [
    "UnitRegistered",
    "PersonRegistered",
    "ResidentInNeedRegistered",
    "TeamCreated",
    "PostOpened",
    "MeetingScheduled",
    "AgreementDrafted",
    "ItemAdded",
  ],
  keysFor: (event) => [event.data.communityId],
  initial: (communityId) => ({
    communityId,
    units: {},
    people: {},
    residents: {},
    teams: {},
    posts: {},
    meetings: {},
    agreements: {},
    items: {},
  }),
  project: (_board, event): BoardOp[] => {
    const { kind, id, label } = entryOf(event);
    return [{ op: "set", path: [kind, id], value: label }];
  },
};
