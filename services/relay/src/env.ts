import { parseEnv, portSetting, ServiceEnv } from "@cobuild/service-kit";
import type { z } from "zod";

/** The relay's settings; nothing else in the relay reads process.env. */
export const RelayEnv = ServiceEnv.extend({
  /** Health endpoints only. */
  PORT: portSetting(3003),
});
export type RelayConfig = z.infer<typeof RelayEnv>;

export const loadRelayConfig = (env: Record<string, string | undefined> = process.env): RelayConfig =>
  parseEnv(RelayEnv, env);
