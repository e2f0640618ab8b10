import { jest } from '@jest/globals'

type Entry = { json: string; tags: readonly string[] }

/**
 * Next.js's data cache as lib/queries and the revalidation hooks use it, in memory, to stand in
 * for `next/cache` (jest.unstable_mockModule) where a test needs the cache to behave:
 * `unstable_cache` keeps each result as JSON under its key parts and arguments until
 * `revalidateTag` drops the entries stored under one of its tags. Without it, a query outside a
 * Next.js server reads the database every time and a missed revalidation would go unnoticed.
 */
export function createNextCache() {
  const entries = new Map<string, Entry>()

  const unstable_cache =
    <Args extends unknown[], Result>(
      fn: (...args: Args) => Promise<Result>,
      keyParts: readonly string[] = [],
      options: { tags?: readonly string[] } = {},
    ) =>
    async (...args: Args): Promise<Result> => {
      const key = JSON.stringify([keyParts, args])
      const hit = entries.get(key)
      if (hit) return JSON.parse(hit.json) as Result
      const result = await fn(...args)
      entries.set(key, { json: JSON.stringify(result), tags: options.tags ?? [] })
      return result
    }

  const revalidateTag = jest.fn((tag: string, _profile?: unknown) => {
    for (const [key, entry] of entries) if (entry.tags.includes(tag)) entries.delete(key)
  })
  const revalidatePath = jest.fn((_path: string) => undefined)

  return {
    /** What is cached, as the JSON a later request would be answered with. */
    entries,
    storedJson: () => [...entries.values()].map((entry) => entry.json).join('\n'),
    module: { unstable_cache, revalidateTag, revalidatePath },
  }
}
