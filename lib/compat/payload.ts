import {
  type Endpoint,
  type PayloadHandler,
  type SanitizedConfig,
  UnauthorizedError,
  NotFound,
} from 'payload'

/**
 * Work-arounds for defects of the Payload release this app runs (3.90.2), in one place. Each one
 * has a contract test in tests/int/payloadCompat.test.ts that shows the defect in Payload's own
 * code: when an upgrade fixes it, that test fails, and the work-around can go.
 */

const PREFERENCES = 'payload-preferences'

/**
 * DELETE /api/payload-preferences/:key: Payload deletes with a `where` on its polymorphic `user`
 * relationship, which the PostgreSQL adapter turns into SQL naming a table it never joined
 * (missing FROM-clause entry): every call was a 500. The same `where` works for reading, so the
 * preference is found first and then deleted by id, as the signed-in user.
 */
const deletePreference: PayloadHandler = async (req) => {
  const { payload, user } = req
  if (!user) throw new UnauthorizedError(req.t)
  const key = req.routeParams?.key
  const { docs } = await payload.find({
    collection: PREFERENCES,
    where: {
      and: [
        { key: { equals: key } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: user.collection } },
      ],
    },
    depth: 0,
    limit: 1,
    req,
  })
  const found = docs[0]
  if (!found) throw new NotFound(req.t)
  const deleted = await payload.delete({ collection: PREFERENCES, id: found.id, depth: 0, req })
  return Response.json({ ...deleted, message: req.t('general:deletedSuccessfully') })
}

/** Applies every work-around to the built config; payload.config.ts calls it last. */
export function applyPayloadWorkarounds(config: SanitizedConfig): SanitizedConfig {
  const preferences = config.collections.find(({ slug }) => slug === PREFERENCES)
  if (preferences && Array.isArray(preferences.endpoints)) {
    preferences.endpoints = preferences.endpoints.map(
      (endpoint): Endpoint =>
        endpoint.method === 'delete' && endpoint.path === '/:key'
          ? { ...endpoint, handler: deletePreference }
          : endpoint,
    )
  }
  return config
}
