import { accountsBoardProjection } from "./accounts/projection.ts";
import { agreementExpiryProjection } from "./agreement-expiry/projection.ts";
import { auditAccountsProjection } from "./audit/accounts-projection.ts";
import { auditProjection } from "./audit/projection.ts";
import { catalogueBoardProjection } from "./catalogue/projection.ts";
import { communityBoardProjection } from "./community/projection.ts";
import { directoryBoardProjection } from "./directory/projection.ts";
import { memberRecordProjection } from "./member/projection.ts";
import { pledgeRatesProjection } from "./pledge-rates/projection.ts";
import { pledgesBoardProjection } from "./pledges/projection.ts";
import { postsBoardProjection } from "./posts/projection.ts";
import type { BoardProjection } from "./projection.ts";
import { streetBoardProjection } from "./street/projection.ts";
import { supermarketBoardProjection } from "./supermarket/projection.ts";
import { teamBoardProjection } from "./team/projection.ts";
import { unitLedgerProjection } from "./unit/projection.ts";

/**
 * Every board the platform keeps. Projections read no other board (ADR 009): what they need from other
 * streams they keep in their own memory or find in the event (ADR 008 upcasts what old events lacked),
 * so their order does not matter. Each projection is typed by its own board data and events; the projector treats boards as
 * opaque JSON and events as the feed hands them out, hence the widening here and nowhere else.
 */
export const allProjections: readonly BoardProjection[] = [
  catalogueBoardProjection as BoardProjection,
  directoryBoardProjection as BoardProjection,
  communityBoardProjection as BoardProjection,
  unitLedgerProjection as BoardProjection,
  teamBoardProjection as BoardProjection,
  postsBoardProjection as BoardProjection,
  pledgesBoardProjection as BoardProjection,
  pledgeRatesProjection as BoardProjection,
  supermarketBoardProjection as BoardProjection,
  memberRecordProjection as BoardProjection,
  streetBoardProjection as BoardProjection,
  agreementExpiryProjection as BoardProjection,
  accountsBoardProjection as BoardProjection,
  auditProjection as BoardProjection,
  auditAccountsProjection as BoardProjection,
];

/**
 * The shape of every board together. Bump it whenever a projection's output changes (a new field, a new
 * board, a fixed total): boards are stored under a name that includes it, so the next start rebuilds
 * them all from the log instead of applying new events on top of boards of the old shape.
 */
export const BOARDS_VERSION = 7;

/** The file name the boards of this version are stored under. */
export const boardsFileName = (): string => `boards-v${BOARDS_VERSION}.sqlite`;
