/**
 * fetch, tried once more when the connection fails before any answer: Node's fetch keeps
 * connections alive between requests, and the server closes idle ones (after a load test, or a
 * pause between figures), which makes the next request on that connection fail without reaching
 * the app. A second failure is real and is thrown.
 */
export async function request(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (error) {
    if (!(error instanceof TypeError)) throw error
    return fetch(url, init)
  }
}
