// https://payloadcms.com/docs/hooks/context
declare module 'payload' {
  export interface RequestContext {
    disableRevalidate?: boolean
  }
}

export {}
