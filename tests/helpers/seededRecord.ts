import type { Payload } from 'payload'

import type { Assembly } from '@/payload-types'

/**
 * What tests and the load test know of the 2025 record seed/ writes (setupRecord({ seed: true }),
 * `npm start`), written out from the report rather than read from seed/data: a page the seed
 * loses fails them.
 */

/** One address of every public page type, from the home page to a topic. */
export const seededPages = [
  '/',
  '/assemblies',
  '/assemblies/2025',
  '/assemblies/2025/finding-hope',
  '/speakers',
  '/speakers/lucia-maquieira',
  '/organisations',
  '/organisations/red-acoge',
  '/wins',
  '/wins/valencia-floods-regularisation',
  '/topics',
  '/topics/regularisation',
]

/** The seeded 2025 assembly, for tests that add documents to it. */
export async function seededAssembly(payload: Payload): Promise<Assembly> {
  const { docs } = await payload.find({
    collection: 'assemblies',
    where: { year: { equals: 2025 } },
    limit: 1,
  })
  if (!docs[0]) throw new Error('No 2025 assembly: ask setupRecord for { seed: true }.')
  return docs[0]
}
