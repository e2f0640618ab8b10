import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { PayloadEmailAdapter, SendEmailOptions } from 'payload'

import { env } from '@/lib/env'

// https://payloadcms.com/docs/email/overview
export function emailAdapter(): PayloadEmailAdapter | Promise<PayloadEmailAdapter> {
  const { SMTP_URL, MAIL_FROM } = env()
  if (!SMTP_URL) return writeToLog(MAIL_FROM)
  return nodemailerAdapter({
    defaultFromAddress: MAIL_FROM.address,
    defaultFromName: MAIL_FROM.name,
    transportOptions: smtpOptions(SMTP_URL),
  })
}

type TransportOptions = NonNullable<
  NonNullable<Parameters<typeof nodemailerAdapter>[0]>['transportOptions']
>

export function smtpOptions(url: string): TransportOptions {
  const parsed = new URL(url)
  const secure = parsed.protocol === 'smtps:'
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
  }
}

const recipients = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : [to])
    .map((each) => (typeof each === 'string' ? each : each?.address))
    .filter(Boolean)
    .join(', ')

// Each link's address is kept: the reset link is the point.
const plainText = (message: SendEmailOptions): string => {
  const html = typeof message.html === 'string' ? message.html : ''
  const text = html
    ? html
        .replace(/<a\s[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gis, (_, href: string, label: string) =>
          label.includes(href) ? label : `${label} (${href})`,
        )
        .replace(/<[^>]+>/g, ' ')
    : typeof message.text === 'string'
      ? message.text
      : ''
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
}

// Payload's own fallback logs only the recipient and subject, which leaves a reset unusable.
const writeToLog =
  (from: { name: string; address: string }): PayloadEmailAdapter =>
  ({ payload }) => ({
    name: 'log',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      payload.logger.info(
        `E-mail not sent (SMTP_URL is unset) to ${recipients(message.to)}: ${message.subject ?? ''}\n${plainText(message)}`,
      )
    },
  })
