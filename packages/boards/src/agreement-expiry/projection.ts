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
 * The active agreements whose term ends in one month (`agreement-expiry:<YYYY-MM>`), and how many each
 * month holds (`agreement-expiry:months`). The daily expiry sweep reads the months up to this one and
 * expires what they list, so its cost follows the agreements that are due, not the city's history.
 * Never served.
 */
export type AgreementExpiryBoard = AgreementExpiryMonth | AgreementExpiryMonths;
export interface AgreementExpiryMonth {
  /** agreementId → the last day of its term, for agreements signed and neither ended nor expired. */
  agreements: Record<string, string>;
}
export interface AgreementExpiryMonths {
  /** YYYY-MM → how many active agreements end that month; months with none are left out. */
  months: Record<string, number>;
}

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
    return month ? [month, AGREEMENT_EXPIRY_MONTHS] : [];
  },
  initial: (key) => (key === AGREEMENT_EXPIRY_MONTHS ? { months: {} } : { agreements: {} }),
  project: (board, event, term): BoardOp[] => {
    const month = monthOf(event, term);
    if (!month) return [];
    const listing = event.type === "AgreementSigned";
    if ("months" in board) {
      const count = (own(board.months, month) ?? 0) + (listing ? 1 : -1);
      return count > 0
        ? [{ op: "set", path: ["months", month], value: count }]
        : [{ op: "unset", path: ["months", month] }];
    }
    const { agreementId } = event.data;
    return listing
      ? [{ op: "set", path: ["agreements", agreementId], value: term?.termEnd }]
      : [{ op: "unset", path: ["agreements", agreementId] }];
  },
};
