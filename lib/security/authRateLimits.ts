import {
  type RateLimitRule,
  type RateLimitVerdict,
  SlidingWindowLimiter,
} from '@/lib/security/rateLimit'
import { Refusal } from '@/lib/security/refusal'

/**
 * How often the account endpoints may be tried, per client address and per e-mail address.
 * Payload's own lockout (collections/Users) stops guessing one account's password; these limits
 * also stop one client from trying many accounts, flooding reset e-mails or guessing reset tokens.
 * Every request counts, except sign-ins that succeed (see refundAuthAttempt).
 */
export type AuthAction = 'login' | 'forgotPassword' | 'resetPassword' | 'unlock' | 'register'

const minutes = (n: number) => n * 60 * 1000

export const AUTH_RATE_LIMITS: Record<
  AuthAction,
  { perAddress: RateLimitRule; perEmail?: RateLimitRule; what: string }
> = {
  login: {
    perAddress: { limit: 30, windowMs: minutes(15) },
    perEmail: { limit: 10, windowMs: minutes(15) },
    what: 'sign-in attempts',
  },
  forgotPassword: {
    perAddress: { limit: 5, windowMs: minutes(15) },
    perEmail: { limit: 3, windowMs: minutes(60) },
    what: 'password reset requests',
  },
  resetPassword: {
    perAddress: { limit: 10, windowMs: minutes(15) },
    what: 'password reset attempts',
  },
  unlock: {
    perAddress: { limit: 10, windowMs: minutes(15) },
    perEmail: { limit: 5, windowMs: minutes(15) },
    what: 'unlock attempts',
  },
  register: {
    perAddress: { limit: 10, windowMs: minutes(15) },
    what: 'account creation attempts',
  },
}

type Limiters = Record<AuthAction, { perAddress: SlidingWindowLimiter; perEmail?: SlidingWindowLimiter }>

const buildLimiters = (): Limiters =>
  Object.fromEntries(
    Object.entries(AUTH_RATE_LIMITS).map(([action, rules]) => [
      action,
      {
        perAddress: new SlidingWindowLimiter(rules.perAddress),
        perEmail: rules.perEmail && new SlidingWindowLimiter(rules.perEmail),
      },
    ]),
  ) as Limiters

// Next.js bundles the API routes and the admin separately and development reloads modules: keep
// one set of counters per process on globalThis so every copy of this module shares them.
const store = globalThis as typeof globalThis & { __picumAuthLimiters?: Limiters }
const limiters = (): Limiters => (store.__picumAuthLimiters ??= buildLimiters())

const keysFor = (
  action: AuthAction,
  { address, email }: { address: string; email?: string | null },
): Array<[SlidingWindowLimiter, string]> => {
  const { perAddress, perEmail } = limiters()[action]
  const keys: Array<[SlidingWindowLimiter, string]> = [[perAddress, address]]
  if (perEmail && email) keys.push([perEmail, email.trim().toLowerCase()])
  return keys
}

/**
 * Counts one attempt at `action` by the address (and the e-mail, when the action names one) and
 * says whether it may go ahead. A refused attempt is not counted, so Retry-After stays exact.
 */
export function takeAuthAttempt(
  action: AuthAction,
  who: { address: string; email?: string | null },
  now = Date.now(),
): RateLimitVerdict {
  const keys = keysFor(action, who)
  let wait = 0
  for (const [limiter, key] of keys) {
    const verdict = limiter.check(key, now)
    if (!verdict.allowed) wait = Math.max(wait, verdict.retryAfterSeconds)
  }
  if (wait > 0) return { allowed: false, retryAfterSeconds: wait }
  for (const [limiter, key] of keys) limiter.record(key, now)
  return { allowed: true }
}

/**
 * Takes back an attempt that succeeded. Sign-in limits are there to stop guessing, so only failed
 * sign-ins should use them up: a team signing in from one office address, or one person on
 * several devices, is never slowed down.
 */
export function refundAuthAttempt(action: AuthAction, who: { address: string; email?: string | null }): void {
  for (const [limiter, key] of keysFor(action, who)) limiter.refund(key)
}

const inWords = (seconds: number): string =>
  seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`

/** 429 Too Many Requests; the hook that throws it also sets Retry-After on the response. */
export class TooManyAttempts extends Refusal {
  constructor(
    action: AuthAction,
    readonly retryAfterSeconds: number,
  ) {
    super(
      `Too many ${AUTH_RATE_LIMITS[action].what}. Please wait ${inWords(retryAfterSeconds)} and try again.`,
      429,
      { retryAfterSeconds },
      'TooManyAttempts',
    )
  }
}
