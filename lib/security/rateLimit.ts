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
    if (this.attempts.size > MAX_KEYS) this.evict()
  }

  /** Takes back the latest attempt by `key` (one that turned out not to need counting). */
  refund(key: string): void {
    this.attempts.get(key)?.pop()
  }

  private recent(key: string, now: number): number[] {
    const since = now - this.rule.windowMs
    return (this.attempts.get(key) ?? []).filter((time) => time > since)
  }

  /** Drops the least recently used keys: the Map keeps keys in the order of their last attempt. */
  private evict(): void {
    for (const key of this.attempts.keys()) {
      if (this.attempts.size <= MAX_KEYS) return
      this.attempts.delete(key)
    }
  }
}

/**
 * The client's address as the request reports it. Next.js sets `x-forwarded-for` to the socket's
 * address when the request has none; a reverse proxy in front of the app sets `x-real-ip` (and
 * appends to `x-forwarded-for`). Both headers can be forged by a client that reaches the app
 * directly, which is why every auth limit also counts per e-mail address, and why Payload's
 * lockout stays the last line of defence.
 */
export function clientAddress(headers: Headers): string {
  const realIp = headers.get('x-real-ip')?.trim()
  if (realIp) return realIp
  const firstHop = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return firstHop || 'unknown'
}
