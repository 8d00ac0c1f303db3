import {
  AGREEMENT_EXPIRY_BOARD,
  AGREEMENT_EXPIRY_MONTHS,
  type AgreementExpiryMonth,
  type AgreementExpiryMonths,
  agreementExpiryKey,
  type BoardReader,
  boardIdOf,
} from "@cobuild/boards";
import { isExpiryDue } from "@cobuild/domain";
import { systemPrincipal } from "../auth/principal.ts";
import type { AgreementService } from "./commands.ts";

/**
 * Records the expiry of every active agreement whose term ended before today. Run daily (and on start) by
 * the server; safe to run any number of times, since an expired agreement is no longer due. It reads the
 * agreement-expiry index (active agreements by the month their term ends) for the months up to this one,
 * so its cost follows the agreements due, not how many there ever were. The index may lag the log a
 * little; what it does not list yet, the next sweep finds. Each listed agreement is decided on its own
 * stream, so a stale entry expires nothing. Returns the agreements it expired.
 */
export async function expireDueAgreements(
  agreements: AgreementService,
  boards: BoardReader,
  today: string,
): Promise<string[]> {
  const envelope = { principal: systemPrincipal("expiry-sweep"), correlationId: `expiry-sweep-${today}` };
  const index = await readIndex<AgreementExpiryMonths>(boards, AGREEMENT_EXPIRY_MONTHS);
  const thisMonth = today.slice(0, 7);
  const expired: string[] = [];
  const months = index?.months ?? {};
  for (const month of Object.keys(months).sort()) {
    if (month > thisMonth) break;
    for (const communityId of Object.keys(months[month] ?? {})) {
      const listed = await readIndex<AgreementExpiryMonth>(boards, agreementExpiryKey(month, communityId));
      for (const [agreementId, termEnd] of Object.entries(listed?.agreements ?? {})) {
        if (termEnd >= today) continue;
        const { state } = await agreements.agreement(agreementId);
        if (!isExpiryDue(state, today)) continue;
        await agreements.expireAgreement({ agreementId }, envelope);
        expired.push(agreementId);
      }
    }
  }
  return expired;
}

const readIndex = async <Data>(boards: BoardReader, key: string): Promise<Data | undefined> =>
  (await boards.getBoard(boardIdOf(AGREEMENT_EXPIRY_BOARD, key)))?.data as Data | undefined;
