/** scripts/lib/runBin.ts runScript: the exit code of every command-line script says what happened. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const run = (outcome: string) => {
  const { NODE_OPTIONS: _jestOnly, ...env } = process.env
  const result = spawnSync(
    path.resolve('node_modules/.bin/tsx'),
    ['tests/fixtures/scripts/runScript.ts', outcome],
    { env, encoding: 'utf8' },
  )
  return { code: result.status, said: result.stderr.trim() }
}

it.each([
  ['done', { code: 0, said: '' }],
  ['code', { code: 3, said: '' }],
  ['throws', { code: 1, said: '[picum] The input was refused.' }],
])('a main() that %s exits as it says', (outcome, expected) => {
  expect(run(outcome)).toEqual(expected)
})

it('a main() left waiting when the event loop empties fails in one sentence, never exits 0', () => {
  const { code, said } = run('unsettled')
  expect(code).toBe(1)
  expect(said).toMatch(/^\[picum\] The command stopped before it finished[^\n]*$/)
})
