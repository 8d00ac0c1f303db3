import { z } from "zod";

/** A boolean switch written the ways operators write them in env files. */
export const Switch = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** An IANA time zone: decides what "today" is for the dates people enter. */
export const TimeZoneSetting = z.string().refine(isTimeZone, "not a known IANA time zone");

/**
 * Settings every service process shares. Each service's env module extends these with its own, and is
 * the only place that reads process.env.
 */
export const ServiceEnv = z.object({
  HOST: z.string().min(1).default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** SQLite files: boards, sessions, the relay's checkpoint, and the log and bus when no engine is named. */
  DATA_DIR: z.string().min(1).default("./data"),
  /** A KurrentDB connection string (kurrentdb://host:2113?tls=false); without it the log is DATA_DIR/events.sqlite. */
  EVENTSTORE_URL: z
    .string()
    .regex(
      /^(kurrentdb|kurrent|esdb|kdb)(\+discover)?:\/\//,
      "must be a KurrentDB connection string (kurrentdb://…)",
    )
    .optional(),
  /** Kafka brokers, comma-separated host:port; without them the bus is the file DATA_DIR/bus.sqlite. */
  KAFKA_BROKERS: z
    .string()
    .transform((value) => value.split(",").map((broker) => broker.trim()))
    .pipe(z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, "each broker is host:port")).min(1))
    .optional(),
});

/**
 * Express's "trust proxy": whom to believe about the client's address and scheme (X-Forwarded-For,
 * X-Forwarded-Proto). `false` (nobody: the address is the socket's), `true` (any proxy), a number of
 * proxies in front, or comma-separated addresses or subnets of trusted proxies.
 */
export const TrustProxySetting = z
  .string()
  .regex(/^[\w.:/, -]+$/, "false, true, a number of proxies, or trusted proxy addresses")
  .transform((value): boolean | number | string => {
    if (value === "true" || value === "false") return value === "true";
    return /^\d+$/.test(value) ? Number(value) : value;
  });
export type TrustProxy = boolean | number | string;

/**
 * Browser origins besides the server's own that may send commands with a session cookie and open live
 * sockets: comma-separated, scheme://host[:port] each (e.g. https://cobuild.example.gov.cn).
 */
export const AllowedOriginsSetting = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ""),
  )
  .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, "each origin is scheme://host[:port], no path")));

/**
 * Seconds the first login wait lasts once an account's free attempts are spent (each further attempt
 * doubles it, up to the 15-minute lockout): 1 by default; a stricter deployment raises it.
 */
export const LoginFirstWaitSetting = z.coerce.number().int().min(1).max(900).default(1);

/** A port with the service's own default. */
export const portSetting = (defaultPort: number) =>
  z.coerce.number().int().min(0).max(65_535).default(defaultPort);

/** Parses the environment or throws one message naming every bad setting. */
export function parseEnv<Schema extends z.ZodType>(
  schema: Schema,
  env: Record<string, string | undefined>,
): z.infer<Schema> {
  // An empty variable counts as unset: compose files pass `${NAME:-}` for settings an operator may leave out.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
