import {
  BackoffLimiter,
  type BackoffRule,
  type RateLimitRule,
  type RateLimitVerdict,
  SlidingWindowLimiter,
} from '@/lib/security/rateLimit'
import { Refusal } from '@/lib/errors/refusal'

/**
 * How often the account endpoints may be tried. Two kinds of counter:
 *
 * - per client address (lib/security/clientAddress.ts), across accounts: one client cannot try
 *   many accounts, flood reset e-mails or guess reset tokens;
 * - for sign-in, per address *and* account together, a back-off (LOGIN_BACKOFF): guessing one
 *   account's password from one address slows down exponentially, while its owner signing in from
 *   anywhere else is never held up. Nothing counts per account alone, so nobody who merely knows
 *   a staff address can keep that person out (Payload's own lock is off: collections/Users).
 *
 * Every request counts, except sign-ins that succeed (see loginSucceeded).
 */
export type AuthAction = 'login' | 'forgotPassword' | 'resetPassword' | 'unlock' | 'register'

const minutes = (n: number) => n * 60 * 1000

export const AUTH_RATE_LIMITS: Record<
  AuthAction,
  { perAddress: RateLimitRule; perEmail?: RateLimitRule; what: string }
> = {
  login: {
    perAddress: { limit: 30, windowMs: minutes(15) },
    what: 'sign-in attempts',
  },
  forgotPassword: {
    perAddress: { limit: 5, windowMs: minutes(15) },
    // Caps the reset e-mails one inbox can be sent (Payload also spaces them 15 s apart).
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

/** Sign-in failures in a row from one address on one account: 5 free, then 1, 2, 4, 8, 15 min. */
export const LOGIN_BACKOFF: BackoffRule = {
  freeFailures: 5,
  firstDelayMs: minutes(1),
  maxDelayMs: minutes(15),
  forgetAfterMs: minutes(24 * 60),
}

/** RFC 5321 caps an address at 254 characters; anything longer or not shaped like one is refused. */
export const MAX_EMAIL_LENGTH = 254
const EMAIL_SHAPE = /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+$/u

/**
 * The account an e-mail names, as Payload looks it up (trimmed, lower case), or null when the
 * value is not an e-mail address of a sensible length. Checked before anything is counted, so
 * the counters only ever hold short, well-formed keys.
 */
export function normaliseEmail(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_EMAIL_LENGTH * 2) return null
  const email = value.trim().toLowerCase()
  return email.length <= MAX_EMAIL_LENGTH && EMAIL_SHAPE.test(email) ? email : null
}

type Limiters = {
  windows: Record<AuthAction, { perAddress: SlidingWindowLimiter; perEmail?: SlidingWindowLimiter }>
  loginBackoff: BackoffLimiter
}

const buildLimiters = (): Limiters => ({
  windows: Object.fromEntries(
    Object.entries(AUTH_RATE_LIMITS).map(([action, rules]) => [
      action,
      {
        perAddress: new SlidingWindowLimiter(rules.perAddress),
        perEmail: rules.perEmail && new SlidingWindowLimiter(rules.perEmail),
      },
    ]),
  ) as Limiters['windows'],
  loginBackoff: new BackoffLimiter(LOGIN_BACKOFF),
})

// Next.js bundles the API routes and the admin separately and development reloads modules: keep
// one set of counters per process on globalThis so every copy of this module shares them.
const store = globalThis as typeof globalThis & { __picumAuthLimiters?: Limiters }
const limiters = (): Limiters => (store.__picumAuthLimiters ??= buildLimiters())

/** Who is trying: the client address, and the account (a normalised e-mail) when one is named. */
export type Attempt = { address: string; email?: string | null }

/** Address and account together: neither can contain a line break. */
const pairKey = ({ address, email }: Attempt) => `${address}\n${email}`

const windowKeys = (action: AuthAction, { address, email }: Attempt) => {
  const { perAddress, perEmail } = limiters().windows[action]
  const keys: Array<[SlidingWindowLimiter, string]> = [[perAddress, address]]
  if (perEmail && email) keys.push([perEmail, email])
  return keys
}

/**
 * Counts one attempt at `action` and says whether it may go ahead. A sign-in is counted as a
 * failure before it runs (concurrent guesses cannot slip past the check) and given back by
 * loginSucceeded. A refused attempt is not counted, so Retry-After stays exact.
 */
export function takeAuthAttempt(action: AuthAction, who: Attempt, now = Date.now()): RateLimitVerdict {
  const keys = windowKeys(action, who)
  const backoff = action === 'login' && who.email ? limiters().loginBackoff : null
  let wait = 0
  for (const [limiter, key] of keys) {
    const verdict = limiter.check(key, now)
    if (!verdict.allowed) wait = Math.max(wait, verdict.retryAfterSeconds)
  }
  const backedOff = backoff?.check(pairKey(who), now)
  if (backedOff && !backedOff.allowed) wait = Math.max(wait, backedOff.retryAfterSeconds)
  if (wait > 0) return { allowed: false, retryAfterSeconds: wait }
  for (const [limiter, key] of keys) limiter.record(key, now)
  backoff?.fail(pairKey(who), now)
  return { allowed: true }
}

/**
 * A sign-in that succeeded gives its attempt back and clears its back-off. The limits are there
 * to stop guessing, so only failures use them up: a team signing in from one office address, or
 * one person on several devices, is never slowed down.
 */
export function loginSucceeded(who: Attempt): void {
  for (const [limiter, key] of windowKeys('login', who)) limiter.refund(key)
  limiters().loginBackoff.reset(pairKey(who))
}

/** Clears an account's sign-in back-off from every address (an admin's unlock). */
export function clearLoginBackoff(email: string): void {
  limiters().loginBackoff.resetWhere((key) => key.endsWith(`\n${email}`))
}

const inWords = (seconds: number): string =>
  seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`

/** 400: the value given as an e-mail address cannot be one; nothing was counted or looked up. */
export class MalformedEmail extends Refusal {
  constructor() {
    super(
      `Enter the e-mail address of the account (at most ${MAX_EMAIL_LENGTH} characters).`,
      400,
      { field: 'email' },
      'MalformedEmail',
    )
  }
}

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
