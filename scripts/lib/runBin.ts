import { spawn } from 'node:child_process'
import path from 'node:path'

export type Env = Record<string, string | undefined>

export const say = (message: string) => process.stderr.write(`[picum] ${message}\n`)

// A signal sent to this process alone is forwarded, so callers can clean up after the child exits.
export const runBin = (argv: string[], env: Env): Promise<number> =>
  new Promise((resolve) => {
    const [cmd, ...args] = argv
    const child = spawn(path.resolve('node_modules/.bin', cmd!), args, {
      stdio: 'inherit',
      env: env as NodeJS.ProcessEnv,
    })
    const forward = (signal: NodeJS.Signals) => {
      if (child.exitCode === null) child.kill(signal)
    }
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
    for (const signal of signals) process.on(signal, forward)
    child.on('error', (error) => {
      say(`could not run ${cmd}: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward)
      resolve(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1))
    })
  })

// A thrown error is the script's own one-sentence explanation: said, not dumped with a stack.
// Node exits 0 when its event loop empties, even with main() unfinished: that is a failure here.
export function runScript(main: () => Promise<number | void>): void {
  process.once('beforeExit', () => {
    say(
      'The command stopped before it finished (nothing was left running): nothing is certain to have been done.',
    )
    process.exit(1)
  })
  main().then(
    (code) => process.exit(code ?? 0),
    (error: Error) => {
      say(error.message)
      process.exit(1)
    },
  )
}
