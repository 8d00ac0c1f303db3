import type { PledgeEvent, PledgerKind } from "@cobuild/domain";
import type { PledgeTally } from "../pledges/board.ts";
import type { BoardProjection, ProjectionMemory } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { PLEDGE_RATES_BOARD, type PledgeRatesBoard } from "./board.ts";

/**
 * What the street's rates remember of one pledge (`pledge-tally:<pledgeId>`, never served): only a
 * pledge's making names its street, and a strike-off or withdrawal must be counted where it was.
 */
export interface PledgeTallyMemory {
  streetId: string | null;
  communityId: string;
  kind: PledgerKind;
  /** The year it falls due: where it is counted. */
  year: string;
}

const pledgeTally: ProjectionMemory<PledgeTallyMemory, PledgeEvent> = {
  kind: "pledge-tally",
  keyFor: (event) => event.data.pledgeId,
  initial: () => ({ streetId: null, communityId: "", kind: "committee", year: "" }),
  remember: (memory, event): BoardOp[] => {
    if (event.type !== "PledgeMade" || memory.streetId !== null) return [];
    const { streetId, communityId, pledger, dueOn } = event.data;
    const value: PledgeTallyMemory = { streetId, communityId, kind: pledger.kind, year: dueOn.slice(0, 4) };
    return Object.entries(value).map(([field, v]) => ({ op: "set", path: [field], value: v }));
  },
};

const changeOf = (event: PledgeEvent): PledgeTally | undefined => {
  switch (event.type) {
    case "PledgeMade":
      return { made: 1, struckOff: 0 };
    case "PledgeStruckOff":
      return { made: 0, struckOff: 1 };
    // A withdrawn pledge was never going to be kept: it leaves the count of pledges made.
    case "PledgeWithdrawn":
      return { made: -1, struckOff: 0 };
    default:
      return undefined;
  }
};

/** The street's yearly rates: each pledge counted once where it falls due, from its own memory. */
export const pledgeRatesProjection: BoardProjection<PledgeRatesBoard, PledgeEvent, PledgeTallyMemory> = {
  kind: PLEDGE_RATES_BOARD,
  handles: ["PledgeMade", "PledgeStruckOff", "PledgeWithdrawn"],
  memory: pledgeTally,
  keysFor: (_event, memory) => (memory?.streetId ? [memory.streetId] : []),
  initial: (streetId) => ({ streetId, years: {} }),
  project: (board, event, memory) => {
    const change = changeOf(event);
    if (!memory || !change) return [];
    const { year, kind, communityId } = memory;
    const entry = own(board.years, year);
    const ops: BoardOp[] = [];
    if (!entry) {
      const empty = { made: 0, struckOff: 0 };
      ops.push({ op: "set", path: ["years", year], value: { total: empty, byKind: {}, byCommunity: {} } });
    }
    const tallies: [string[], PledgeTally | undefined][] = [
      [["total"], entry?.total],
      [["byKind", kind], entry ? own(entry.byKind, kind) : undefined],
      [["byCommunity", communityId], entry ? own(entry.byCommunity, communityId) : undefined],
    ];
    for (const [path, tally = { made: 0, struckOff: 0 }] of tallies) {
      const value = { made: tally.made + change.made, struckOff: tally.struckOff + change.struckOff };
      ops.push({ op: "set", path: ["years", year, ...path], value });
    }
    return ops;
  },
};
