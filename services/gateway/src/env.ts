import { AllowedOriginsSetting, parseEnv, portSetting, ServiceEnv } from "@cobuild/service-kit";
import type { z } from "zod";

/** Every setting of the gateway process; nothing else in it reads process.env. */
export const GatewayEnv = ServiceEnv.extend({
  PORT: portSetting(3001),
  /** Browser origins besides the one the socket connects to whose pages may watch boards. */
  ALLOWED_ORIGINS: AllowedOriginsSetting.default([]),
});
export type GatewayConfig = z.infer<typeof GatewayEnv>;

/** Reads the gateway's settings, or throws one message naming every bad one. */
export const loadGatewayConfig = (env: Record<string, string | undefined> = process.env): GatewayConfig =>
  parseEnv(GatewayEnv, env);
