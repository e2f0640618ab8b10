// https://nextjs.org/docs/app/guides/instrumentation
export async function register() {
  // Written exactly so: Next.js then leaves the Node.js-only module out of its Edge build.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { onServerStart } = await import('@/lib/serverStart')
    await onServerStart()
  }
}
