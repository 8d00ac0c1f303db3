/** A problem reported by the API (RFC 7807), or a network failure turned into one. */
export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { field: string; message: string; code: string }[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: Problem };

const networkProblem: Problem = { status: 0, code: "network", detail: "network unavailable" };

async function call<T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  try {
    // Every command is JSON, even one with no fields: the server refuses anything a plain form could send.
    const command = method !== "GET";
    const res = await fetch(url, {
      method,
      headers: {
        Accept: "application/json",
        ...(command ? { "Content-Type": "application/json" } : {}),
        ...headers,
      },
      body: command ? JSON.stringify(body ?? {}) : undefined,
    });
    const payload = await res.json().catch(() => ({}));
    return res.ok
      ? ({ ok: true, data: payload as T } as const)
      : ({
          ok: false,
          problem: { status: res.status, code: "internal", detail: res.statusText, ...payload },
        } as const);
  } catch {
    return { ok: false, problem: networkProblem } as const;
  }
}

export const getJson = <T>(url: string): Promise<ApiResult<T>> => call<T>("GET", url);
export const postJson = <T>(url: string, body: unknown): Promise<ApiResult<T>> => call<T>("POST", url, body);
export const deleteJson = <T>(url: string): Promise<ApiResult<T>> => call<T>("DELETE", url);

/** Sends a command; the idempotency key makes a retry after a dropped connection safe. */
export const sendCommand = <T>(
  method: "POST" | "PUT",
  url: string,
  body: unknown,
  idempotencyKey: string,
): Promise<ApiResult<T>> => call<T>(method, url, body, { "Idempotency-Key": idempotencyKey });

/** A random UUID, also where crypto.randomUUID is missing (plain http on a LAN address). */
export function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
