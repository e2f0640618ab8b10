import { jest } from '@jest/globals'

// The route imports Payload's admin stylesheet, which jest cannot load; the route is imported
// only once this stands in for it.
jest.unstable_mockModule('@payloadcms/next/css', () => ({}))

export type GraphqlAnswer = {
  status: number
  /** The body as sent, for searching it for what must not be there. */
  text: string
  data: Record<string, unknown> | null
  errors: Array<{ message: string; extensions?: { statusCode?: number } }>
}

/**
 * Sends a query through the app's GraphQL route (app/(payload)/api/graphql), as a browser posts
 * it, without a server: authentication, access control and errors are the real ones.
 */
export async function graphql(
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<GraphqlAnswer> {
  const { POST } = await import('@/app/(payload)/api/graphql/route')
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const response = await POST(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: options.variables }),
    }),
  )
  const text = await response.text()
  const json = JSON.parse(text) as Partial<Pick<GraphqlAnswer, 'data' | 'errors'>>
  return { status: response.status, text, data: json.data ?? null, errors: json.errors ?? [] }
}
