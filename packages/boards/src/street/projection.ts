import type { BoardProjection, ProjectionMemory } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { STREET_BOARD, type StreetBoard, type StreetCommunitySummary } from "./board.ts";
import { type StreetEvent, streetEventTypes } from "./events.ts";
import { feedOps } from "./feed.ts";
import { tallyOps } from "./remember.ts";
import { sameJson } from "./summary.ts";
import { emptyTally, type StreetTally } from "./tally.ts";

const streetTally: ProjectionMemory<StreetTally, StreetEvent> = {
  kind: "street-tally",
  keyFor: (event) => (event.type === "StreetRegistered" ? undefined : event.data.communityId),
  initial: emptyTally,
  remember: tallyOps,
};

/**
 * The community's line as the tally now has it, field by field: only the figures that changed go out,
 * so an event costs the street board a few small ops however many communities it lists.
 */
const lineOps = (board: StreetBoard, summary: StreetCommunitySummary): BoardOp[] => {
  const shown = own(board.communities, summary.communityId);
  if (!shown) return [{ op: "set", path: ["communities", summary.communityId], value: summary }];
  const before = new Map<string, unknown>(Object.entries(shown));
  const ops: BoardOp[] = [];
  for (const [field, value] of Object.entries(summary)) {
    if (!sameJson(before.get(field), value))
      ops.push({ op: "set", path: ["communities", summary.communityId, field], value });
  }
  return ops;
};

/**
 * The street's rolled-up board, `street:<streetId>`: a line per community and the newest contributions
 * street-wide. The projection keeps its own tally of each community (see tally.ts), which also knows the
 * community's street once it registered, so it reads no other board.
 */
export const streetBoardProjection: BoardProjection<StreetBoard, StreetEvent, StreetTally> = {
  kind: STREET_BOARD,
  handles: streetEventTypes,
  memory: streetTally,
  keysFor: (event, tally) => {
    if (event.type === "StreetRegistered") return [event.data.streetId];
    return tally?.streetId ? [tally.streetId] : [];
  },
  initial: (streetId) => ({ streetId, name: "", communities: {}, recentContributions: [] }),
  project: (board, event, tally) => {
    if (event.type === "StreetRegistered") return [{ op: "set", path: ["name"], value: event.data.name }];
    if (!tally) return [];
    return [...lineOps(board, tally.summary), ...feedOps(board, event, tally)];
  },
};
