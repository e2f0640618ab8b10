import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

/**
 * Pages rendered the way Next.js renders them on the server: the page component is called with
 * the props Next.js passes (route segments and the query string, both as promises) and its
 * result rendered to HTML.
 */

export type SearchParams = Record<string, string | string[]>

/** A dynamic route's props for its segments. */
export const withParams = <T extends Record<string, string>>(params: T) => ({
  params: Promise.resolve(params),
})

/** A page's props for an address's query string. */
export const withSearchParams = (searchParams: SearchParams) => ({
  searchParams: Promise.resolve(searchParams),
})

/** The HTML of what a server component returns (or resolves to). */
export const render = async (element: ReactNode | Promise<ReactNode>): Promise<string> =>
  renderToStaticMarkup(await element)
