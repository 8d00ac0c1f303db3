import type { Services } from "../app.ts";
import { systemPrincipal } from "../auth/principal.ts";

export interface StreetSetup {
  streetId: string;
  name: string;
  /** The street's first administrator, who then creates every other account. */
  admin: { username: string; displayName: string; password: string };
}

/**
 * Puts a street and its first administrator on an empty platform. Safe to run on every start: what
 * already exists is left exactly as it is (an existing admin's password is never overwritten).
 */
export async function bootstrapStreet(services: Services, setup: StreetSetup): Promise<void> {
  const envelope = { principal: systemPrincipal("setup"), correlationId: `setup-${setup.streetId}` };
  if ((await services.registry.street(setup.streetId)).state.status === "none") {
    await services.registry.registerStreet({ streetId: setup.streetId, name: setup.name }, envelope);
  }
  if ((await services.accounts.account(setup.admin.username)).state.status === "none") {
    await services.accounts.createAccount(
      { ...setup.admin, grants: [{ role: "street_admin", streetId: setup.streetId }] },
      envelope,
    );
  }
}
