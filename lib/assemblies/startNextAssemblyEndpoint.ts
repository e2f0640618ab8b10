import { type Endpoint, NotFound } from 'payload'
import { z } from 'zod'

import { startNextAssembly } from '@/lib/assemblies/startNextAssembly'
import { parseDocumentId } from '@/lib/params'

const body = z.object({ copySessions: z.boolean().default(false) }).catch({ copySessions: false })

// Access is checked inside startNextAssembly (editors and admins only).
export const startNextAssemblyEndpoint: Endpoint = {
  path: '/:id/start-next',
  method: 'post',
  handler: async (req) => {
    const id = parseDocumentId(req.routeParams?.id)
    if (id === null) throw new NotFound(req.t)
    const json: unknown = await req.json?.().catch(() => ({}))
    const { assembly, sessions } = await startNextAssembly(req, id, body.parse(json))
    return Response.json(
      {
        message: `The ${assembly.year} assembly was created as a draft${sessions ? ` with ${sessions} draft sessions` : ''}.`,
        doc: assembly,
        sessions,
      },
      { status: 201 },
    )
  },
}
