import { type Endpoint, NotFound, type PayloadRequest } from 'payload'
import { z } from 'zod'

import type { Withdrawal } from '@/lib/consent'
import { anonymisePerson, erasePerson, previewWithdrawal } from '@/lib/consent/withdrawal'
import { Refusal } from '@/lib/errors/refusal'
import { parseDocumentId } from '@/lib/params'

// GET says what the action would change; POST { confirm: "<their name>" } does it.
const actions: Record<Withdrawal, { path: string; run: typeof anonymisePerson }> = {
  anonymised: { path: 'anonymise', run: anonymisePerson },
  erased: { path: 'erase', run: erasePerson },
}

const confirmation = z.object({ confirm: z.string().max(500) })

const idOf = (req: PayloadRequest): number => {
  const id = parseDocumentId(req.routeParams?.id)
  if (id === null) throw new NotFound(req.t)
  return id
}

const noStore = { headers: { 'Cache-Control': 'no-store' } }

async function readConfirmation(req: PayloadRequest): Promise<string> {
  const body: unknown = await req.json?.().catch(() => null)
  const parsed = confirmation.safeParse(body)
  if (!parsed.success) {
    throw new Refusal(
      'Send {"confirm": "<the person’s name>"} as JSON to confirm.',
      400,
      {},
      'NotConfirmed',
    )
  }
  return parsed.data.confirm
}

export const withdrawalEndpoints: Endpoint[] = Object.entries(actions).flatMap(
  ([kind, { path, run }]) => [
    {
      path: `/:id/${path}`,
      method: 'get',
      handler: async (req) =>
        Response.json(await previewWithdrawal(req, idOf(req), kind as Withdrawal), noStore),
    },
    {
      path: `/:id/${path}`,
      method: 'post',
      handler: async (req) => {
        const id = idOf(req)
        return Response.json(await run(req, id, await readConfirmation(req)), noStore)
      },
    },
  ],
)
