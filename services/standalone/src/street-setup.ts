import { bootstrapStreet, type Services } from "@cobuild/api";

export interface StreetSettings {
  STREET_ID?: string | undefined;
  STREET_NAME?: string | undefined;
  ADMIN_USERNAME?: string | undefined;
  ADMIN_PASSWORD?: string | undefined;
}

/** Creates the configured street and its first administrator when missing; nothing when not configured. */
export async function setUpStreet(services: Services, settings: StreetSettings): Promise<boolean> {
  const { STREET_ID, STREET_NAME, ADMIN_USERNAME, ADMIN_PASSWORD } = settings;
  if (!STREET_ID || !STREET_NAME || !ADMIN_USERNAME || !ADMIN_PASSWORD) return false;
  await bootstrapStreet(services, {
    streetId: STREET_ID,
    name: STREET_NAME,
    admin: { username: ADMIN_USERNAME, displayName: ADMIN_USERNAME, password: ADMIN_PASSWORD },
  });
  return true;
}
