import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { say } from '@/scripts/lib/runBin'

// Nothing is ever downloaded.
export const CHROMIUM = '/usr/bin/chromium'

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return
  if (process.getuid?.() !== 0) {
    throw new Error(`${CHROMIUM} is missing: install it with "sudo apt-get install -y chromium".`)
  }
  say('installing Chromium from Debian’s packages (apt-get install chromium)')
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed.`)
  }
}
