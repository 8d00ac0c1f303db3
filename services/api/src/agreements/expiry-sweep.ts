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
