import { type Endpoint, NotFound } from 'payload'
import { z } from 'zod'

import { exportPerson } from '@/lib/consent/export'

const id = z.coerce.number().int().positive()

// GET /api/speakers/:id/export: one JSON file, for a subject access request (admins only).
export const exportEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    const parsed = id.safeParse(req.routeParams?.id)
    if (!parsed.success) throw new NotFound(req.t)
    const exported = await exportPerson(req, parsed.data)
    return new Response(JSON.stringify(exported, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="speaker-${parsed.data}-export.json"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
