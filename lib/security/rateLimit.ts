// In memory: the app runs as one process (several would need a shared store). A sliding window,
// since a fixed one lets a client spend two windows' worth around the boundary.
export type RateLimitRule = {
  limit: number
  windowMs: number
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

// An attacker rotating addresses cannot grow memory without end.
const MAX_KEYS = 10_000

export class SlidingWindowLimiter {
  private readonly attempts = new Map<string, number[]>()

  constructor(readonly rule: RateLimitRule) {}

  check(key: string, now = Date.now()): RateLimitVerdict {
    const recent = this.recent(key, now)
    if (recent.length < this.rule.limit) return { allowed: true }
    const oldest = recent[recent.length - this.rule.limit] ?? now
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.rule.windowMs - now) / 1000)),
    }
  }

  record(key: string, now = Date.now()): void {
    const recent = this.recent(key, now)
    recent.push(now)
    // Re-inserting keeps the Map in least-recent-first order.
    this.attempts.delete(key)
    this.attempts.set(key, recent)
    if (this.attempts.size > MAX_KEYS) evictOldest(this.attempts)
  }

  refund(key: string): void {
    this.attempts.get(key)?.pop()
  }

  private recent(key: string, now: number): number[] {
    const since = now - this.rule.windowMs
    return (this.attempts.get(key) ?? []).filter((time) => time > since)
  }
}

export type BackoffRule = {
  freeFailures: number
  firstDelayMs: number
  maxDelayMs: number
  forgetAfterMs: number
}

type Failures = { count: number; last: number }

export class BackoffLimiter {
  private readonly failures = new Map<string, Failures>()

  constructor(readonly rule: BackoffRule) {}

  delayAfter(count: number): number {
    if (count < this.rule.freeFailures) return 0
    const doublings = Math.min(count - this.rule.freeFailures, 30)
    return Math.min(this.rule.firstDelayMs * 2 ** doublings, this.rule.maxDelayMs)
  }

  check(key: string, now = Date.now()): RateLimitVerdict {
    const entry = this.current(key, now)
    if (!entry) return { allowed: true }
    const until = entry.last + this.delayAfter(entry.count)
    if (now >= until) return { allowed: true }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) }
  }

  fail(key: string, now = Date.now()): void {
    const count = (this.current(key, now)?.count ?? 0) + 1
    this.failures.delete(key)
    this.failures.set(key, { count, last: now })
    if (this.failures.size > MAX_KEYS) evictOldest(this.failures)
  }

  reset(key: string): void {
    this.failures.delete(key)
  }

  resetWhere(matches: (key: string) => boolean): void {
    for (const key of [...this.failures.keys()]) if (matches(key)) this.failures.delete(key)
  }

  private current(key: string, now: number): Failures | undefined {
    const entry = this.failures.get(key)
    return entry && now - entry.last < this.rule.forgetAfterMs ? entry : undefined
  }
}

function evictOldest(map: Map<string, unknown>): void {
  for (const key of map.keys()) {
    if (map.size <= MAX_KEYS) return
    map.delete(key)
  }
}
