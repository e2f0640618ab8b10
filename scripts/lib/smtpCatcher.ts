import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type CaughtMail = {
  to: string[]
  from: string
  subject: string
  text: string
  html: string
  receivedAt: number
}

export type SmtpCatcher = {
  url: string
  messages: CaughtMail[]
  waitFor: (matches: (mail: CaughtMail) => boolean, timeoutMs?: number) => Promise<CaughtMail>
  close: () => Promise<void>
}

export async function startSmtpCatcher({ dir }: { dir?: string } = {}): Promise<SmtpCatcher> {
  const messages: CaughtMail[] = []
  const listeners = new Set<() => void>()
  if (dir) mkdirSync(dir, { recursive: true })

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const mail: CaughtMail = {
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            receivedAt: Date.now(),
          }
          messages.push(mail)
          if (dir) {
            writeFileSync(
              path.join(dir, `${mail.receivedAt}-${messages.length}.json`),
              JSON.stringify(mail),
            )
          }
          for (const listener of listeners) listener()
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo

  const waitFor: SmtpCatcher['waitFor'] = (matches, timeoutMs = 15_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.find(matches)
        if (!found) return false
        clearTimeout(timer)
        listeners.delete(onMail)
        resolve(found)
        return true
      }
      const onMail = () => void check()
      const timer = setTimeout(() => {
        listeners.delete(onMail)
        reject(new Error(`No matching e-mail arrived within ${timeoutMs / 1000} s.`))
      }, timeoutMs)
      if (!check()) listeners.add(onMail)
    })

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export function readCaughtMail(dir: string): CaughtMail[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CaughtMail)
    .sort((a, b) => a.receivedAt - b.receivedAt)
}
