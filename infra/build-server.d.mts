/** Compiles one service (a key of SERVICES) into services/<name>/dist. */
export function buildService(name: string): Promise<void>;
export const SERVICES: Record<string, { in: string; out: string }[]>;
