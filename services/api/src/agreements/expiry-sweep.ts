import { type BoardReader, DIRECTORY_BOARD_ID, type DirectoryBoard } from "@cobuild/boards";
import { isExpiryDue } from "@cobuild/domain";
import { systemPrincipal } from "../auth/principal.ts";
import type { AgreementService } from "./commands.ts";

/**
 * Records the expiry of every signed agreement whose term is over, in the given communities. Run daily
 * (and on start) by the server; safe to run any number of times, since an expired agreement is no longer
 * due. Returns the agreements it expired.
 */
export async function expireDueAgreements(
  agreements: AgreementService,
  communityIds: readonly string[],
  today: string,
): Promise<string[]> {
  const envelope = { principal: systemPrincipal("expiry-sweep"), correlationId: `expiry-sweep-${today}` };
  const expired: string[] = [];
  for (const communityId of communityIds) {
    for (const agreementId of Object.keys(await agreements.catalogue(communityId))) {
      const { state } = await agreements.agreement(agreementId);
      if (!isExpiryDue(state, today)) continue;
      await agreements.expireAgreement({ agreementId }, envelope);
      expired.push(agreementId);
    }
  }
  return expired;
}

/**
 * The sweep over every community the directory board lists. The board may lag the log a little; a
 * community it does not list yet is swept next time.
 */
export async function expireDueAgreementsEverywhere(
  agreements: AgreementService,
  boards: BoardReader,
  today: string,
): Promise<string[]> {
  const directory = (await boards.getBoard(DIRECTORY_BOARD_ID))?.data as DirectoryBoard | undefined;
  return expireDueAgreements(agreements, Object.keys(directory?.communities ?? {}), today);
}
