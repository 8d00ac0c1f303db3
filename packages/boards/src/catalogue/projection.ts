import type { BoardProjection, ProjectedEvent } from "../projection.ts";
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
const creations: Record<string, { kind: CatalogueKind; id: string; label: string }> = {
  UnitRegistered: { kind: "units", id: "unitId", label: "name" },
  PersonRegistered: { kind: "people", id: "personId", label: "name" },
  ResidentInNeedRegistered: { kind: "residents", id: "residentId", label: "name" },
  TeamCreated: { kind: "teams", id: "teamId", label: "name" },
  PostOpened: { kind: "posts", id: "postId", label: "name" },
  MeetingScheduled: { kind: "meetings", id: "meetingId", label: "title" },
  AgreementDrafted: { kind: "agreements", id: "agreementId", label: "unitId" },
  ItemAdded: { kind: "items", id: "itemId", label: "name" },
};

const fieldOf = (event: ProjectedEvent, field: string): string | undefined => {
  const value = (event.data as Record<string, unknown> | null)?.[field];
  return typeof value === "string" ? value : undefined;
};

export const catalogueBoardProjection: BoardProjection<CatalogueBoard> = {
  kind: CATALOGUE_BOARD,
  keysFor: (event) => {
    const communityId = creations[event.type] ? fieldOf(event, "communityId") : undefined;
    return communityId ? [communityId] : [];
  },
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
    const creation = creations[event.type];
    if (!creation) return [];
    const id = fieldOf(event, creation.id);
    if (!id) return [];
    return [{ op: "set", path: [creation.kind, id], value: fieldOf(event, creation.label) ?? id }];
  },
};
