/**
 * Flags passed through Payload's `context` from scripts to hooks, typed once here.
 * https://payloadcms.com/docs/hooks/context
 */
declare module 'payload' {
  export interface RequestContext {
    /** Set by the seed and imports: there is no Next.js request to revalidate from. */
    disableRevalidate?: boolean
  }
}

export {}
