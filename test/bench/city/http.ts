/** The HTTP calls the city benchmarks make against a running server. */
import { setTimeout as sleep } from "node:timers/promises";
import { now } from "./stats.ts";

/** The demo's street administrator, whose account is in copy 0 of every generated log. */
export const DEMO_LOGIN = { username: "admin", password: "cobuild-demo" } as const;

/** Logs in and returns the session token, or undefined while the server cannot say yes. */
export async function login(url: string, credentials = DEMO_LOGIN): Promise<string | undefined> {
  const res = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(credentials),
  }).catch(() => undefined);
  if (!res?.ok) return undefined;
  const { token } = (await res.json()) as { token: string };
  return token;
}

/** The Authorization header value for a session token. */
export const bearer = (token: string): string => `Bearer ${token}`;

/** GETs a path; the status (0 when the connection failed) and the parsed JSON body when there is one. */
export async function getJson(
  url: string,
  path: string,
  authorization?: string,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}${path}`, authorization ? { headers: { authorization } } : {}).catch(
    () => undefined,
  );
  if (!res) return { status: 0, body: undefined };
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body };
}

/**
 * Polls `attempt` every `everyMs` until it returns a value or the deadline passes; the value and when it
 * came (epoch ms), or undefined at the deadline.
 */
export async function pollUntil<T>(
  attempt: () => Promise<T | undefined>,
  deadline: number,
  everyMs = 50,
): Promise<{ value: T; at: number } | undefined> {
  while (now() < deadline) {
    const value = await attempt();
    if (value !== undefined) return { value, at: now() };
    await sleep(everyMs);
  }
  return undefined;
}
