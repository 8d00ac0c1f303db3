import type { ProjectionMemory } from "../projection.ts";
import { contributionKey } from "./board.ts";
import type { CommunityBoardEvent } from "./events.ts";

/**
 * What the community board remembers of one contribution, never served: how many people it counts now
 * and counted before its latest correction. Corrections stored before they said how many took part
 * before (upcast with `previousParticipants: null`, ADR 008) take the count from here. One small memory
 * per contribution, so remembering never rewrites a record that grows with the community's history.
 */
export interface ContributionMemory {
  now: number;
  before: number | null;
}

export const contributionMemory: ProjectionMemory<ContributionMemory, CommunityBoardEvent> = {
  kind: "community-contribution",
  keyFor: (event) =>
    event.type === "ContributionLogged" || event.type === "ContributionCorrected"
      ? contributionKey(event.data)
      : undefined,
  initial: () => ({ now: 0, before: null }),
  remember: (memory, event) => {
    if (event.type === "ContributionLogged") {
      return [{ op: "set", path: ["now"], value: event.data.participants }];
    }
    if (event.type !== "ContributionCorrected") return [];
    return [
      { op: "set", path: ["before"], value: memory.now },
      { op: "set", path: ["now"], value: event.data.participants },
    ];
  },
};
