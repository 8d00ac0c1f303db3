import {
  AllowedOriginsSetting,
  LoginFirstWaitSetting,
  parseEnv,
  portSetting,
  ServiceEnv,
  Switch,
  TimeZoneSetting,
  TrustProxySetting,
} from "@cobuild/service-kit";
import type { z } from "zod";

/** Every setting of the api process; nothing else in it reads process.env. */
export const ApiEnv = ServiceEnv.extend({
  PORT: portSetting(3000),
  /** The community's time zone: decides what "today" is for dates people enter. */
  TIME_ZONE: TimeZoneSetting.default("Asia/Shanghai"),
  /** Mark the session cookie Secure: set when clients reach the api over HTTPS. */
  SECURE_COOKIES: Switch.default(false),
  /** Whom to believe about the client's address and scheme (behind nginx: `1`). */
  TRUST_PROXY: TrustProxySetting.default(false),
  /** Browser origins besides the server's own that may send commands with the session cookie. */
  ALLOWED_ORIGINS: AllowedOriginsSetting.default([]),
  /** Seconds the first login wait lasts once an account's free attempts are spent (see LoginFirstWaitSetting). */
  LOGIN_FIRST_WAIT_SECONDS: LoginFirstWaitSetting,
});
export type ApiConfig = z.infer<typeof ApiEnv>;

/** Reads the api's settings, or throws one message naming every bad one. */
export const loadApiConfig = (env: Record<string, string | undefined> = process.env): ApiConfig =>
  parseEnv(ApiEnv, env);
