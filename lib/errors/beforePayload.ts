import { messages } from '@/lib/errors/messages'

// Requests Payload fails on before its own error handling (bad escapes, `/api/constructor`,
// unparseable bodies), answered here so its generated route files stay untouched.

// tests/int/compat/payload.test.ts keeps this true.
export const COLLECTIONS_WITHOUT_REST = ['payload-migrations'] as const

const refuse = (status: number, message: string): Response =>
  Response.json({ errors: [{ message }] }, { status })

const decodable = (value: string): boolean => {
  try {
    decodeURIComponent(value)
    return true
  } catch {
    return false
  }
}

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

const mediaType = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()

const asksForGet = (request: Request) =>
  request.method === 'POST' &&
  [
    request.headers.get('x-payload-http-method-override'),
    request.headers.get('x-http-method-override'),
  ].includes('GET')

export async function refuseBeforePayload(request: Request): Promise<Response | null> {
  const { pathname } = new URL(request.url)
  if (!pathname.startsWith('/api/')) return null
  if (!decodable(pathname)) return refuse(400, messages.badEscape)
  const first = decodeURIComponent(pathname.slice('/api/'.length).split('/')[0] ?? '')
  if (Object.hasOwn(Object.prototype, first)) return refuse(404, messages.noRoute)
  if ((COLLECTIONS_WITHOUT_REST as readonly string[]).includes(first)) {
    return refuse(404, messages.noRoute)
  }
  if (first === 'graphql' && request.method === 'POST') {
    if (mediaType(request) !== 'application/json') return refuse(415, messages.graphqlContentType)
    if (!isJson(await request.clone().text())) return refuse(400, messages.notJson)
  }
  if (asksForGet(request) && mediaType(request) === 'application/json') {
    if (!isJson(await request.clone().text())) return refuse(400, messages.notJson)
  }
  return null
}
