import { parseEnv, portSetting, ServiceEnv } from "@cobuild/service-kit";
import { z } from "zod";
import { DEFAULT_PAGE_SIZE } from "./relay.ts";

/** The relay's settings; nothing else in the relay reads process.env. */
export const RelayEnv = ServiceEnv.extend({
  /** Health endpoints only. */
  PORT: portSetting(3003),
  /** The most events one batch publish and checkpoint covers while catching up. */
  RELAY_PAGE_SIZE: z.coerce.number().int().min(1).max(50_000).default(DEFAULT_PAGE_SIZE),
});
export type RelayConfig = z.infer<typeof RelayEnv>;

export const loadRelayConfig = (env: Record<string, string | undefined> = process.env): RelayConfig =>
  parseEnv(RelayEnv, env);
