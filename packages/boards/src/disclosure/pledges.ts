import type { BoardPledge, PledgesBoard } from "../pledges/board.ts";
import { own } from "../protocol/ops.ts";
import { PUBLIC_LIST_LIMIT, publicRate } from "./limits.ts";

/** A member's name shows only its first character ("张*"); the committee and a cadre are shown as given. */
const pledgerLabel = (pledge: BoardPledge): string => {
  if (pledge.pledger.kind === "committee") return "社区两委";
  const name = pledge.pledgerName ?? "";
  if (pledge.pledger.kind === "cadre") return name;
  return `${Array.from(name)[0] ?? ""}*`;
};

/** The pledges (withdrawn ones left out) with who made them as the notice board names them, and the year's rate. */
export function publicPledgeList(board: PledgesBoard, year: string) {
  const pledges = Object.values(board.pledges)
    .filter((p) => p.status !== "withdrawn")
    .sort((a, b) => b.madeOn.localeCompare(a.madeOn) || a.pledgeId.localeCompare(b.pledgeId))
    .slice(0, PUBLIC_LIST_LIMIT)
    .map((p) => ({
      pledgeId: p.pledgeId,
      pledgerKind: p.pledger.kind,
      pledgerLabel: pledgerLabel(p),
      unitName: p.pledger.kind === "member" ? p.unitName : null,
      content: p.content,
      category: p.category,
      madeTo: p.madeTo,
      madeOn: p.madeOn,
      dueOn: p.dueOn,
      status: p.status,
      fulfilledOn: p.fulfilment?.doneOn ?? null,
      closedOn: p.closedOn,
    }));
  return { year, rate: publicRate(own(board.years, year)?.total ?? { made: 0, struckOff: 0 }), pledges };
}

export type PublicPledges = ReturnType<typeof publicPledgeList>;
