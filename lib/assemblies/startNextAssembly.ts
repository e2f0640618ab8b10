import { Forbidden, NotFound, type PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { inTransaction } from '@/lib/db/transaction'
import { Refusal } from '@/lib/errors/refusal'
import type { Assembly } from '@/payload-types'

export type StartNextAssemblyResult = {
  assembly: Pick<Assembly, 'id' | 'year' | 'title'>
  sessions: number
}

export const titleForYear = (title: string, from: number, to: number): string =>
  title.includes(String(from)) ? title.replaceAll(String(from), String(to)) : `${title} ${to}`

// One transaction: a failure leaves no half-made year.
export async function startNextAssembly(
  req: PayloadRequest,
  fromId: number | string,
  { copySessions }: { copySessions: boolean },
): Promise<StartNextAssemblyResult> {
  if (!checkRole(['admin', 'editor'], req.user)) throw new Forbidden(req.t)
  const { payload } = req

  const from = await payload.findByID({
    collection: 'assemblies',
    id: fromId,
    draft: true,
    depth: 0,
    select: { year: true, title: true, consentDefaults: true },
    disableErrors: true,
    req,
    overrideAccess: false,
  })
  if (!from) throw new NotFound(req.t)

  const year = from.year + 1
  const { totalDocs } = await payload.count({
    collection: 'assemblies',
    where: { year: { equals: year } },
    req,
  })
  if (totalDocs > 0) {
    throw new Refusal(
      `The ${year} assembly already exists: open it from the list instead.`,
      409,
      { year },
      'AssemblyExists',
    )
  }

  return inTransaction(req, async () => {
    const assembly = await payload.create({
      collection: 'assemblies',
      data: {
        title: titleForYear(from.title, from.year, year),
        year,
        // Next year's speakers are asked on the same terms until staff change them.
        consentDefaults: from.consentDefaults,
        _status: 'draft',
      },
      draft: true,
      depth: 0,
      req,
      overrideAccess: false,
      user: req.user,
    })
    let sessions = 0
    if (copySessions) {
      const { docs } = await payload.find({
        collection: 'sessions',
        where: { assembly: { equals: from.id } },
        draft: true,
        depth: 0,
        limit: 200,
        pagination: false,
        sort: 'position',
        select: { title: true, slug: true, format: true, position: true },
        req,
      })
      for (const session of docs) {
        await payload.create({
          collection: 'sessions',
          data: {
            title: session.title,
            slug: session.slug,
            format: session.format,
            position: session.position,
            assembly: assembly.id,
            _status: 'draft',
          },
          draft: true,
          depth: 0,
          req,
          overrideAccess: false,
          user: req.user,
        })
        sessions += 1
      }
    }
    return { assembly: { id: assembly.id, year: assembly.year, title: assembly.title }, sessions }
  })
}
