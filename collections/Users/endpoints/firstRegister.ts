import {
  addDataAndFileToRequest,
  type Endpoint,
  Forbidden,
  headersWithCors,
  loginOperation,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { generatePayloadCookie } from 'payload/shared'

import { inTransaction } from '@/lib/db/transaction'
import { Refusal } from '@/lib/errors/refusal'
import { FIRST_ACCOUNT_EXISTS } from '@/lib/security/firstAdmin'

// Replaces Payload's, which returns the session token in the body (and, with
// `removeTokenFromResponses`, an empty cookie); passes on only the fields a first account may set.
export const firstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const collection = req.payload.collections.users
    const text = (value: unknown) => (typeof value === 'string' ? value : '')
    const data = {
      email: text(req.data?.email),
      password: text(req.data?.password),
      setupToken: text(req.data?.setupToken),
      role: 'admin' as const,
      ...(typeof req.data?.name === 'string' ? { name: req.data.name } : {}),
    }

    if (await accountsExist(req)) throw new FirstAccountExists()
    const result = await inTransaction(req, async () => {
      await req.payload.create({ collection: 'users', data, overrideAccess: true, req })
      return loginOperation({
        collection,
        data: { email: data.email, password: data.password },
        req,
      })
    }).catch(async (error: unknown) => {
      if (
        (error instanceof ValidationError || error instanceof Forbidden) &&
        (await accountsExist(req))
      ) {
        throw new FirstAccountExists()
      }
      throw error
    })

    const cookie = generatePayloadCookie({
      collectionAuthConfig: collection.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token: result.token!,
    })
    return Response.json(
      {
        exp: result.exp,
        message: req.t('authentication:successfullyRegisteredFirstUser'),
        user: result.user,
      },
      {
        headers: headersWithCors({ headers: new Headers({ 'Set-Cookie': cookie }), req }),
        status: 200,
      },
    )
  },
}

// Outside the request's transaction: what other requests have committed.
const accountsExist = async (req: PayloadRequest) =>
  (await req.payload.count({ collection: 'users' })).totalDocs > 0

class FirstAccountExists extends Refusal {
  constructor() {
    super(FIRST_ACCOUNT_EXISTS, 409, { firstAccountExists: true }, 'FirstAccountExists')
  }
}
