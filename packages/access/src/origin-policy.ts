/** What a request says about where a browser sent it from. */
export interface RequestOrigin {
  /** The Origin header: scheme://host[:port] of the page that sent it, or "null" for an opaque one. */
  origin?: string;
  /** The Host header: whom the request was sent to. */
  host?: string;
  /** Sec-Fetch-Site: same-origin, same-site, cross-site or none (typed in, a bookmark). */
  fetchSite?: string;
}

/**
 * Whether a request that may carry the session cookie comes from a page allowed to act with it: the
 * server's own origin, or one in `allowed`. A same-site page (another port or subdomain of the same
 * host) counts as foreign, which SameSite cookies alone do not catch. A request naming no origin at all
 * comes from something other than a browser page (a script, the command line) and could not have been
 * forged by one.
 */
export function originAllowed(allowed: readonly string[], request: RequestOrigin): boolean {
  const { origin, host, fetchSite } = request;
  if (origin !== undefined) {
    if (origin === "null") return false;
    if (allowed.includes(origin)) return true;
    try {
      return host !== undefined && new URL(origin).host === host.toLowerCase();
    } catch {
      return false;
    }
  }
  // Browsers omit Origin on some same-origin requests, but always say where a request came from here.
  return fetchSite === undefined || fetchSite === "same-origin" || fetchSite === "none";
}

/** The parts of Node's incoming headers that `originAllowed` reads. */
export const requestOriginOf = (headers: Record<string, string | string[] | undefined>): RequestOrigin => {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return { origin: one(headers.origin), host: one(headers.host), fetchSite: one(headers["sec-fetch-site"]) };
};
