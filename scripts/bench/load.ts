import autocannon from 'autocannon'

export type LoadResult = {
  rps: number
  p50: number
  p99: number
  // Any of them makes the figure meaningless.
  failures: number
}

export async function loadTest(
  url: string,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  }
}
