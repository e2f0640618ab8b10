import type { TextField } from 'payload'

// Only http(s), so no `javascript:` link can reach a public page.
export const validateUrl = (value: string | null | undefined): true | string => {
  if (!value) return true
  if (!URL.canParse(value)) return 'Enter a full web address, starting with https://'
  const { protocol } = new URL(value)
  return (
    protocol === 'https:' || protocol === 'http:' || 'Only http and https addresses are allowed.'
  )
}

export const urlField = (overrides: Partial<TextField> & { name: string }): TextField =>
  ({ type: 'text', validate: validateUrl, ...overrides }) as TextField
