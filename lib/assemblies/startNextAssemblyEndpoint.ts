import { type Endpoint, NotFound } from 'payload'
import { z } from 'zod'

import { startNextAssembly } from '@/lib/assemblies/startNextAssembly'

const body = z.object({ copySessions: z.boolean().default(false) }).catch({ copySessions: false })
const id = z.coerce.number().int().positive()

// Access is checked inside startNextAssembly (editors and admins only).
export const startNextAssemblyEndpoint: Endpoint = {
  path: '/:id/start-next',
  method: 'post',
  handler: async (req) => {
    const parsedId = id.safeParse(req.routeParams?.id)
    if (!parsedId.success) throw new NotFound(req.t)
    const json: unknown = await req.json?.().catch(() => ({}))
    const { assembly, sessions } = await startNextAssembly(req, parsedId.data, body.parse(json))
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
