import { parseEnv, portSetting, ServiceEnv } from "@cobuild/service-kit";
import type { z } from "zod";

/** The projector process's settings; nothing else in it reads process.env. */
export const ProjectorEnv = ServiceEnv.extend({
  /** Health endpoints only. */
  PORT: portSetting(3002),
});
export type ProjectorConfig = z.infer<typeof ProjectorEnv>;

export const loadProjectorConfig = (env: Record<string, string | undefined> = process.env): ProjectorConfig =>
  parseEnv(ProjectorEnv, env);
