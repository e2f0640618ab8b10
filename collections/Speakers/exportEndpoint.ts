import { type Endpoint, NotFound } from 'payload'

import { exportPerson } from '@/lib/consent/export'
import { parseDocumentId } from '@/lib/params'

// GET /api/speakers/:id/export: one JSON file, for a subject access request (admins only).
export const exportEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    const id = parseDocumentId(req.routeParams?.id)
    if (id === null) throw new NotFound(req.t)
    const exported = await exportPerson(req, id)
    return new Response(JSON.stringify(exported, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="speaker-${id}-export.json"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
