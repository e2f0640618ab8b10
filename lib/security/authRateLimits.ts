import { Refusal } from '@/lib/errors/refusal'
import {
  BackoffLimiter,
  type BackoffRule,
  type RateLimitRule,
  type RateLimitVerdict,
  SlidingWindowLimiter,
} from '@/lib/security/rateLimit'

// Nothing counts per account alone, so nobody who merely knows a staff address can lock its
// owner out (Payload's own lock is off: collections/Users).
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
    // Payload also spaces reset e-mails 15 s apart.
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

export const LOGIN_BACKOFF: BackoffRule = {
  freeFailures: 5,
  firstDelayMs: minutes(1),
  maxDelayMs: minutes(15),
  forgetAfterMs: minutes(24 * 60),
}

// RFC 5321.
export const MAX_EMAIL_LENGTH = 254
const EMAIL_SHAPE = /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+$/u

// Checked before anything is counted, so the counters only hold short, well-formed keys.
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

// One set per process: Next bundles the API and admin separately, and dev reloads modules.
const store = globalThis as typeof globalThis & { __picumAuthLimiters?: Limiters }
const limiters = (): Limiters => (store.__picumAuthLimiters ??= buildLimiters())

export type Attempt = { address: string; email?: string | null }

const pairKey = ({ address, email }: Attempt) => `${address}\n${email}`

const windowKeys = (action: AuthAction, { address, email }: Attempt) => {
  const { perAddress, perEmail } = limiters().windows[action]
  const keys: Array<[SlidingWindowLimiter, string]> = [[perAddress, address]]
  if (perEmail && email) keys.push([perEmail, email])
  return keys
}

// Counted as a failure before it runs, so concurrent guesses cannot slip past; a refused attempt
// is not counted, so Retry-After stays exact.
export function takeAuthAttempt(
  action: AuthAction,
  who: Attempt,
  now = Date.now(),
): RateLimitVerdict {
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

// Only failures use up the limits: a team behind one office address is never slowed down.
export function loginSucceeded(who: Attempt): void {
  for (const [limiter, key] of windowKeys('login', who)) limiter.refund(key)
  limiters().loginBackoff.reset(pairKey(who))
}

export function clearLoginBackoff(email: string): void {
  limiters().loginBackoff.resetWhere((key) => key.endsWith(`\n${email}`))
}

const inWords = (seconds: number): string =>
  seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`

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
