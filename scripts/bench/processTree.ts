import { readdirSync, readFileSync, readlinkSync } from 'node:fs'

// `next build` runs worker processes: its peak is the sum over the tree.

const read = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null // the process exited between listing and reading
  }
}

const pids = (): number[] =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)

export function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const pid of pids()) {
    // comm may hold spaces and parentheses.
    const stat = read(`/proc/${pid}/stat`)
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN
    if (Number.isInteger(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  }
  const tree: number[] = []
  const visit = (pid: number) => {
    tree.push(pid)
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(root)
  return tree
}

export function rssBytes(pid: number): number {
  const match = read(`/proc/${pid}/status`)?.match(/^VmRSS:\s+(\d+) kB$/m)
  return match ? Number(match[1]) * 1024 : 0
}

export const treeRssBytes = (root: number): number =>
  processTree(root).reduce((sum, pid) => sum + rssBytes(pid), 0)

export function samplePeakRss(root: number, everyMs = 200): { stop: () => number } {
  let peak = 0
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(root))
  }
  sample()
  const timer = setInterval(sample, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}

export function listeningPid(port: number): number | null {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of (read(table) ?? '').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      // local_address is ADDRESS:PORT in hex; state 0A is LISTEN; field 9 is the socket inode.
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A') inodes.add(fields[9]!)
    }
  }
  for (const pid of pids()) {
    let fds: string[]
    try {
      fds = readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`)
        if (target.startsWith('socket:[') && inodes.has(target.slice(8, -1))) return pid
      } catch {
        // closed meanwhile
      }
    }
  }
  return null
}
