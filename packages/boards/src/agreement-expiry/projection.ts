import type {
  AgreementAmended,
  AgreementDrafted,
  AgreementExpired,
  AgreementSigned,
  AgreementTerminated,
} from "@cobuild/domain";
import type { BoardProjection, ProjectedEvent, ProjectionMemory } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";

type TermEvent =
  | AgreementDrafted
  | AgreementAmended
  | AgreementSigned
  | AgreementTerminated
  | AgreementExpired;

/**
 * A community's active agreements whose term ends in one month (`agreement-expiry:<YYYY-MM>/<community>`),
 * and how many each month and community hold (`agreement-expiry:months`). The daily expiry sweep reads
 * the months up to this one and expires what they list, so its cost follows the agreements that are due,
 * not the city's history; and since most terms end on the same day of the year, each board stays the size
 * of one community's agreements. Never served.
 */
export type AgreementExpiryBoard = AgreementExpiryMonth | AgreementExpiryMonths;
export interface AgreementExpiryMonth {
  /** agreementId → the last day of its term, for agreements signed and neither ended nor expired. */
  agreements: Record<string, string>;
}
export interface AgreementExpiryMonths {
  /** YYYY-MM → communityId → how many of its active agreements end that month; zeros are left out. */
  months: Record<string, Record<string, number>>;
}

/** The key of one community's board for one month. */
export const agreementExpiryKey = (month: string, communityId: string): string => `${month}/${communityId}`;

export const AGREEMENT_EXPIRY_BOARD = "agreement-expiry";
export const AGREEMENT_EXPIRY_MONTHS = "months";

/** What the projection remembers of one agreement (`agreement-term:<agreementId>`): its term's end. */
interface AgreementTerm {
  termEnd?: string;
}

const agreementTerm: ProjectionMemory<AgreementTerm, TermEvent> = {
  kind: "agreement-term",
  keyFor: (event) => event.data.agreementId,
  initial: () => ({}),
  remember: (_memory, event) =>
    event.type === "AgreementDrafted" || event.type === "AgreementAmended"
      ? [{ op: "set", path: ["termEnd"], value: event.data.termEnd }]
      : [],
};

/** The month an agreement is listed under while active. */
const monthOf = (event: ProjectedEvent<TermEvent>, term: AgreementTerm | undefined): string | undefined =>
  (event.type === "AgreementExpired" ? event.data.expiredOn : term?.termEnd)?.slice(0, 7);

/**
 * Signing lists an agreement; terminating or expiring it takes it off. The decider allows both only for
 * an active (signed) agreement, so each signing is matched by at most one removal and the counts hold.
 */
export const agreementExpiryProjection: BoardProjection<AgreementExpiryBoard, TermEvent, AgreementTerm> = {
  kind: AGREEMENT_EXPIRY_BOARD,
  handles: [
    "AgreementDrafted",
    "AgreementAmended",
    "AgreementSigned",
    "AgreementTerminated",
    "AgreementExpired",
  ],
  memory: agreementTerm,
  keysFor: (event, term) => {
    if (event.type === "AgreementDrafted" || event.type === "AgreementAmended") return [];
    const month = monthOf(event, term);
    return month ? [agreementExpiryKey(month, event.data.communityId), AGREEMENT_EXPIRY_MONTHS] : [];
  },
  initial: (key) => (key === AGREEMENT_EXPIRY_MONTHS ? { months: {} } : { agreements: {} }),
  project: (board, event, term): BoardOp[] => {
    const month = monthOf(event, term);
    if (!month) return [];
    const listing = event.type === "AgreementSigned";
    const { agreementId, communityId } = event.data;
    if ("months" in board) {
      const communities = own(board.months, month);
      const count = (communities ? (own(communities, communityId) ?? 0) : 0) + (listing ? 1 : -1);
      if (count > 0) return [{ op: "set", path: ["months", month, communityId], value: count }];
      const others = Object.keys(communities ?? {}).filter((id) => id !== communityId);
      return [{ op: "unset", path: others.length > 0 ? ["months", month, communityId] : ["months", month] }];
    }
    return listing
      ? [{ op: "set", path: ["agreements", agreementId], value: term?.termEnd }]
      : [{ op: "unset", path: ["agreements", agreementId] }];
  },
};
