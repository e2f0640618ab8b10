/**
 * An in-process sliding-window rate limiter: a key (an address, an e-mail) may make `limit`
 * attempts in any `windowMs`-long stretch of time. Each key keeps the times of its recent
 * attempts, so the window slides with the clock instead of resetting on a fixed boundary (a fixed
 * window lets a client spend two windows' worth of attempts around the boundary).
 *
 * The app runs as one Node.js process, so memory is the right store; several processes behind a
 * load balancer would each count on their own and need a shared store instead.
 */
export type RateLimitRule = {
  /** Attempts allowed per key inside the window. */
  limit: number
  windowMs: number
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Keys kept per limiter at most: an attacker rotating addresses cannot grow memory without end. */
const MAX_KEYS = 10_000

export class SlidingWindowLimiter {
  private readonly attempts = new Map<string, number[]>()

  constructor(readonly rule: RateLimitRule) {}

  /** Whether `key` may make another attempt now; does not record one. */
  check(key: string, now = Date.now()): RateLimitVerdict {
    const recent = this.recent(key, now)
    if (recent.length < this.rule.limit) return { allowed: true }
    // The oldest attempt in the window is the next to leave it.
    const oldest = recent[recent.length - this.rule.limit] ?? now
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.rule.windowMs - now) / 1000)),
    }
  }

  /** Records an attempt by `key`. */
  record(key: string, now = Date.now()): void {
    const recent = this.recent(key, now)
    recent.push(now)
    // Re-inserting moves the key to the end of the Map, which keeps it in least-recent-first order.
    this.attempts.delete(key)
    this.attempts.set(key, recent)
    if (this.attempts.size > MAX_KEYS) evictOldest(this.attempts)
  }

  /** Takes back the latest attempt by `key` (one that turned out not to need counting). */
  refund(key: string): void {
    this.attempts.get(key)?.pop()
  }

  private recent(key: string, now: number): number[] {
    const since = now - this.rule.windowMs
    return (this.attempts.get(key) ?? []).filter((time) => time > since)
  }
}

export type BackoffRule = {
  /** Failures in a row that cost nothing: typos. */
  freeFailures: number
  /** The wait after the last free failure; it doubles with each further failure... */
  firstDelayMs: number
  /** ...up to this. */
  maxDelayMs: number
  /** A key with no failure for this long starts again from nothing. */
  forgetAfterMs: number
}

type Failures = { count: number; last: number }

/**
 * Exponential back-off per key: after `freeFailures` failures in a row, each attempt must wait
 * longer than the one before (1, 2, 4… minutes), and a success clears the key. Unlike a lock, the
 * wait is short to begin with, it only ever applies to the key that failed, and it never refuses
 * for longer than `maxDelayMs`.
 */
export class BackoffLimiter {
  private readonly failures = new Map<string, Failures>()

  constructor(readonly rule: BackoffRule) {}

  /** How long `key` must wait after `count` failures in a row (0 while they are free). */
  delayAfter(count: number): number {
    if (count < this.rule.freeFailures) return 0
    const doublings = Math.min(count - this.rule.freeFailures, 30)
    return Math.min(this.rule.firstDelayMs * 2 ** doublings, this.rule.maxDelayMs)
  }

  /** Whether `key` may make another attempt now; does not record one. */
  check(key: string, now = Date.now()): RateLimitVerdict {
    const entry = this.current(key, now)
    if (!entry) return { allowed: true }
    const until = entry.last + this.delayAfter(entry.count)
    if (now >= until) return { allowed: true }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) }
  }

  /** Records a failure by `key`. */
  fail(key: string, now = Date.now()): void {
    const count = (this.current(key, now)?.count ?? 0) + 1
    this.failures.delete(key)
    this.failures.set(key, { count, last: now })
    if (this.failures.size > MAX_KEYS) evictOldest(this.failures)
  }

  /** Forgets `key`'s failures: it succeeded. */
  reset(key: string): void {
    this.failures.delete(key)
  }

  /** Forgets the failures of every key `matches` selects (an admin clearing an account). */
  resetWhere(matches: (key: string) => boolean): void {
    for (const key of [...this.failures.keys()]) if (matches(key)) this.failures.delete(key)
  }

  private current(key: string, now: number): Failures | undefined {
    const entry = this.failures.get(key)
    return entry && now - entry.last < this.rule.forgetAfterMs ? entry : undefined
  }
}

/** Drops the least recently used keys: a Map keeps keys in the order they were last set. */
function evictOldest(map: Map<string, unknown>): void {
  for (const key of map.keys()) {
    if (map.size <= MAX_KEYS) return
    map.delete(key)
  }
}
