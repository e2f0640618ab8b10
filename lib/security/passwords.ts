/**
 * Staff accounts reach drafts and the personal details of people who may be undocumented: a
 * password must be long enough to resist guessing. Length is what matters most (NIST SP 800-63B);
 * a passphrase of four ordinary words passes, and no composition rules are imposed.
 */
export const MIN_PASSWORD_LENGTH = 12

export const PASSWORD_TOO_SHORT = `Use a password of at least ${MIN_PASSWORD_LENGTH} characters (a few ordinary words are easy to remember and hard to guess).`

/** `true`, or the message to show when a password that is being set is too short. */
export const checkPasswordLength = (password: unknown): true | string =>
  typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH ? PASSWORD_TOO_SHORT : true
