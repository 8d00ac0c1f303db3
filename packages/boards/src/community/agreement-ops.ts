import type { AgreementEvent } from "@cobuild/domain";
import type { BoardOp } from "../protocol/ops.ts";
import { isLifecycleFact, lifecycleOps } from "./agreement-lifecycle.ts";
import type { CommunityBoard } from "./board.ts";
import type { ContributionMemory } from "./contribution-memory.ts";
import { contributionOps } from "./contribution-ops.ts";

/** What an agreement fact does to the live board; facts about an agreement it never saw change nothing. */
export const agreementOps = (
  board: CommunityBoard,
  event: AgreementEvent,
  occurredAt: string,
  memory: ContributionMemory | undefined,
): BoardOp[] =>
  isLifecycleFact(event)
    ? lifecycleOps(board.agreements, event)
    : contributionOps(board, event, occurredAt, memory);
