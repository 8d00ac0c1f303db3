import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

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
  TIME_ZONE: z.string().refine(isTimeZone, "not a known IANA time zone").default("Asia/Shanghai"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** The built web client; served at / when present. */
  WEB_DIST: z.string().min(1).default(`${repoRoot}web/dist`),
});
export type StandaloneConfig = z.infer<typeof StandaloneEnv>;

export function loadConfig(env: Record<string, string | undefined> = process.env): StandaloneConfig {
  const parsed = StandaloneEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
