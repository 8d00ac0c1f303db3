import { fileURLToPath } from "node:url";
// The light entry points: main.ts reads its settings before it listens, so this module loads first and alone.
import { Username } from "@cobuild/domain/schemas";
import {
  AllowedOriginsSetting,
  LoginFirstWaitSetting,
  parseEnv,
  ServiceEnv,
  TimeZoneSetting,
  TrustProxySetting,
} from "@cobuild/service-kit/env";
import { z } from "zod";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Every setting of the one-process server; nothing else reads process.env. */
export const StandaloneEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Where the event log and the boards live (created if missing). */
  DATA_DIR: z.string().min(1).default("./data"),
  /** Seed Guangming community on first start with an empty log. */
  SEED_DEMO: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /** The community's time zone: decides what "today" is for dates people enter. */
  TIME_ZONE: TimeZoneSetting.default("Asia/Shanghai"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * A street and its first administrator, created on start when missing (SEED_DEMO=false). The
   * administrator then creates every other account from the web client or the API.
   */
  STREET_ID: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/)
    .optional(),
  STREET_NAME: z.string().min(1).max(100).optional(),
  ADMIN_USERNAME: Username.optional(),
  ADMIN_PASSWORD: z.string().min(8).max(200).optional(),
  /** Mark the session cookie Secure: set when the server is reached over HTTPS. */
  SECURE_COOKIES: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  /** Whom to believe about the client's address and scheme (behind nginx: `1`); see README. */
  TRUST_PROXY: TrustProxySetting.default(false),
  /** Browser origins besides the server's own that may send commands and open live sockets. */
  ALLOWED_ORIGINS: AllowedOriginsSetting.default([]),
  /** Seconds the first login wait lasts once an account's free attempts are spent (see LoginFirstWaitSetting). */
  LOGIN_FIRST_WAIT_SECONDS: LoginFirstWaitSetting,
  /** The built web client; served at / when present. */
  WEB_DIST: z.string().min(1).default(`${repoRoot}web/dist`),
});
export type StandaloneConfig = z.infer<typeof StandaloneEnv>;

const setupKeys = ["STREET_ID", "STREET_NAME", "ADMIN_USERNAME", "ADMIN_PASSWORD"] as const;

export function loadConfig(env: Record<string, string | undefined> = process.env): StandaloneConfig {
  return checkStreetSetup(parseEnv(StandaloneEnv, env));
}

/** The street settings go together: all four or none. */
function checkStreetSetup<Config extends Partial<Record<(typeof setupKeys)[number], string>>>(
  config: Config,
): Config {
  const given = setupKeys.filter((key) => config[key] !== undefined);
  if (given.length > 0 && given.length < setupKeys.length) {
    throw new Error(`Invalid configuration: set all of ${setupKeys.join(", ")} or none of them`);
  }
  return config;
}

/**
 * The one-shot setup of the distributed topology: where the log is, the community's time zone, and what to
 * create: the Guangming demo (SEED_DEMO) and/or a street with its first administrator.
 */
export const SeedEnv = ServiceEnv.pick({ DATA_DIR: true, EVENTSTORE_URL: true, LOG_LEVEL: true }).extend(
  StandaloneEnv.pick({
    TIME_ZONE: true,
    SEED_DEMO: true,
    STREET_ID: true,
    STREET_NAME: true,
    ADMIN_USERNAME: true,
    ADMIN_PASSWORD: true,
  }).shape,
);
export type SeedConfig = z.infer<typeof SeedEnv>;

export function loadSeedConfig(env: Record<string, string | undefined> = process.env): SeedConfig {
  return checkStreetSetup(parseEnv(SeedEnv, env));
}
