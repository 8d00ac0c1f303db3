import type { PersonRegistered, PledgeEvent, Pledger, UnitRegistered } from "@cobuild/domain";
import { type Names, nameOf, nameOp } from "../names.ts";
import type { BoardProjection, ProjectionMemory } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { type BoardPledge, PLEDGES_BOARD, type PledgesBoard, type PledgeTally } from "./board.ts";

/** The names the pledges board shows for its pledgers, kept for itself; never served. */
export type PledgesNames = Names<"people" | "units">;
type PledgesBoardEvent = PledgeEvent | PersonRegistered | UnitRegistered;

const pledgesNames: ProjectionMemory<PledgesNames, PledgesBoardEvent> = {
  kind: "pledges-names",
  keyFor: (event) => event.data.communityId,
  initial: () => ({ people: {}, units: {} }),
  remember: (_names, event) => {
    if (event.type === "PersonRegistered") return [nameOp("people", event.data.personId, event.data.name)];
    if (event.type === "UnitRegistered") return [nameOp("units", event.data.unitId, event.data.name)];
    return [];
  },
};

/** Where a pledge is counted in its year: the community, its pledger's kind, member and unit. */
const tallyPaths = (pledger: Pledger, year: string): string[][] => {
  const paths = [
    ["years", year, "total"],
    ["years", year, "byKind", pledger.kind],
  ];
  if (pledger.kind === "member") {
    paths.push(["years", year, "byMember", pledger.personId]);
    if (pledger.unitId) paths.push(["years", year, "byUnit", pledger.unitId]);
  }
  return paths;
};

const tallyAt = (board: PledgesBoard, path: string[]): PledgeTally => {
  const [, year = "", group = "", key = ""] = path;
  const entry = own(board.years, year);
  if (!entry) return { made: 0, struckOff: 0 };
  const value = group === "total" ? entry.total : own(entry[group as "byKind"], key);
  return value ?? { made: 0, struckOff: 0 };
};

/** Moves every tally of a pledge by the given amounts, creating the year's entry when first needed. */
const countOps = (board: PledgesBoard, pledge: BoardPledge, change: PledgeTally): BoardOp[] => {
  const year = pledge.dueOn.slice(0, 4);
  const ops: BoardOp[] = [];
  if (!own(board.years, year)) {
    const empty = { made: 0, struckOff: 0 };
    ops.push({
      op: "set",
      path: ["years", year],
      value: { total: empty, byKind: {}, byMember: {}, byUnit: {} },
    });
  }
  for (const path of tallyPaths(pledge.pledger, year)) {
    const { made, struckOff } = tallyAt(board, path);
    const value = { made: made + change.made, struckOff: struckOff + change.struckOff };
    ops.push({ op: "set", path, value });
  }
  return ops;
};

const pledgerName = (pledger: Pledger, names: PledgesNames | undefined): string | null => {
  if (pledger.kind === "member") return nameOf(names, "people", pledger.personId);
  return pledger.kind === "cadre" ? pledger.name : null;
};

const opsFor = (board: PledgesBoard, event: PledgeEvent, names: PledgesNames | undefined): BoardOp[] => {
  if (event.type === "PledgeMade") {
    const { pledgeId, pledger, content, category, madeTo, madeOn, dueOn } = event.data;
    if (own(board.pledges, pledgeId)) return [];
    const unitId = pledger.kind === "member" ? pledger.unitId : undefined;
    const pledge: BoardPledge = {
      pledgeId,
      pledger,
      pledgerName: pledgerName(pledger, names),
      unitName: unitId ? (own(names?.units ?? {}, unitId) ?? null) : null,
      content,
      category,
      madeTo,
      madeOn,
      dueOn,
      status: "open",
      fulfilment: null,
      rejection: null,
      closedOn: null,
      withdrawReason: null,
    };
    return [
      { op: "set", path: ["pledges", pledgeId], value: pledge },
      ...countOps(board, pledge, { made: 1, struckOff: 0 }),
    ];
  }
  const { pledgeId } = event.data;
  const pledge = own(board.pledges, pledgeId);
  if (!pledge) return [];
  const set = (field: keyof BoardPledge, value: unknown): BoardOp => ({
    op: "set",
    path: ["pledges", pledgeId, field],
    value,
  });
  switch (event.type) {
    case "FulfilmentRecorded": {
      const { fulfilmentId, doneOn, evidence } = event.data;
      return [
        set("status", "fulfilment_pending"),
        set("fulfilment", { fulfilmentId, doneOn, evidence }),
        set("rejection", null),
      ];
    }
    case "FulfilmentRejected":
      return [set("status", "open"), set("fulfilment", null), set("rejection", event.data.reason)];
    case "PledgeStruckOff":
      return [
        set("status", "struck_off"),
        set("closedOn", event.data.verifiedOn),
        ...countOps(board, pledge, { made: 0, struckOff: 1 }),
      ];
    case "PledgeWithdrawn":
      // A withdrawn pledge was never going to be kept: it leaves the count of pledges made.
      return [
        set("status", "withdrawn"),
        set("fulfilment", null),
        set("closedOn", event.data.withdrawnOn),
        set("withdrawReason", event.data.reason),
        ...countOps(board, pledge, { made: -1, struckOff: 0 }),
      ];
  }
};

/** One board per community: every pledge made there, and the yearly rates by pledger. */
export const pledgesBoardProjection: BoardProjection<PledgesBoard, PledgesBoardEvent, PledgesNames> = {
  kind: PLEDGES_BOARD,
  handles: [
    "PledgeMade",
    "FulfilmentRecorded",
    "FulfilmentRejected",
    "PledgeStruckOff",
    "PledgeWithdrawn",
    "PersonRegistered",
    "UnitRegistered",
  ],
  memory: pledgesNames,
  keysFor: (event) =>
    event.type === "PersonRegistered" || event.type === "UnitRegistered" ? [] : [event.data.communityId],
  initial: (communityId) => ({ communityId, pledges: {}, years: {} }),
  project: (board, event, names) =>
    event.type === "PersonRegistered" || event.type === "UnitRegistered" ? [] : opsFor(board, event, names),
};
