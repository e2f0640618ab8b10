// Length matters most (NIST SP 800-63B); no composition rules.
export const MIN_PASSWORD_LENGTH = 12

export const PASSWORD_TOO_SHORT = `Use a password of at least ${MIN_PASSWORD_LENGTH} characters (a few ordinary words are easy to remember and hard to guess).`

export const checkPasswordLength = (password: unknown): true | string =>
  typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH ? PASSWORD_TOO_SHORT : true
