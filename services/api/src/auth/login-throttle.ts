/**
 * Slows password guessing down before any hashing is spent on it. Attempts are counted per account and
 * per client address from the moment they start (so a hundred parallel guesses count as a hundred, not as
 * none until the first one fails); past a few free attempts each further one must wait twice as long as
 * the one before, up to a lockout of `maxLockMs`. A successful login clears its account's count and
 * gives its address the attempt back. Counts
 * are kept in this process, bounded in number, and forgotten once their wait is long over.
 */
export interface ThrottleRules {
  /** Attempts allowed before waiting starts: per account, and per client address (an office shares one). */
  freePerAccount: number;
  freePerAddress: number;
  /** The first wait; each further attempt doubles it. */
  baseDelayMs: number;
  /** The longest wait: a temporary lockout. */
  maxLockMs: number;
  /** How many accounts and addresses are remembered at most (the oldest are forgotten first). */
  maxEntries: number;
}

export const DEFAULT_THROTTLE_RULES: ThrottleRules = {
  freePerAccount: 5,
  freePerAddress: 30,
  baseDelayMs: 1_000,
  maxLockMs: 15 * 60_000,
  maxEntries: 100_000,
};

interface Count {
  attempts: number;
  /** No attempt is let through before this moment. */
  blockedUntil: number;
  lastAttemptAt: number;
}

/** Why a login must wait: how long, in whole seconds (for Retry-After). */
export interface Throttled {
  retryAfterSeconds: number;
}

export class LoginThrottle {
  private readonly counts = new Map<string, Count>();

  constructor(
    private readonly rules: ThrottleRules = DEFAULT_THROTTLE_RULES,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Lets an attempt through and counts it, or says how long to wait. Called before the password is
   * hashed: a refused attempt costs nothing.
   */
  attempt(username: string, address: string): Throttled | undefined {
    const account = this.entry(`account:${username.toLowerCase()}`);
    const client = this.entry(`address:${address}`);
    const wait = Math.max(account.blockedUntil, client.blockedUntil) - this.now();
    if (wait > 0) return { retryAfterSeconds: Math.ceil(wait / 1000) };
    this.count(account, this.rules.freePerAccount);
    this.count(client, this.rules.freePerAddress);
    return undefined;
  }

  /**
   * The password was right: the account starts afresh, and the address gets this attempt back, so only
   * failures add up for an address (a school's staff behind one router log in all morning).
   */
  succeeded(username: string, address: string): void {
    this.counts.delete(`account:${username.toLowerCase()}`);
    const client = this.counts.get(`address:${address}`);
    if (client && client.attempts > 0) client.attempts -= 1;
  }

  private count(entry: Count, free: number): void {
    entry.attempts += 1;
    entry.lastAttemptAt = this.now();
    const over = entry.attempts - free;
    if (over <= 0) return;
    const delay = Math.min(this.rules.baseDelayMs * 2 ** Math.min(over - 1, 30), this.rules.maxLockMs);
    entry.blockedUntil = this.now() + delay;
  }

  private entry(key: string): Count {
    const existing = this.counts.get(key);
    // Quiet for as long as the longest lockout since its last attempt or wait: the slate is clean.
    const quietSince = existing ? Math.max(existing.lastAttemptAt, existing.blockedUntil) : 0;
    if (existing && this.now() - quietSince > this.rules.maxLockMs) this.counts.delete(key);
    let entry = this.counts.get(key);
    if (!entry) {
      entry = { attempts: 0, blockedUntil: 0, lastAttemptAt: 0 };
      this.counts.set(key, entry);
      if (this.counts.size > this.rules.maxEntries) {
        const oldest = this.counts.keys().next().value;
        if (oldest !== undefined) this.counts.delete(oldest);
      }
    } else {
      // Most recently used last, so the oldest go first when the map is full.
      this.counts.delete(key);
      this.counts.set(key, entry);
    }
    return entry;
  }
}
