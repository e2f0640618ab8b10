import 'server-only'

import type { Payload } from 'payload'

import { docsById, relationId, uniqueIds, withDoc } from '@/lib/populated'
import type { Viewer } from '@/lib/preview'
import { findByIds } from '@/lib/queries/find'
import { imageSelect, organisationLinkSelect, speakerLinkSelect } from '@/lib/queries/selects'
import type { Media } from '@/payload-types'

type Ids = ReadonlyArray<number | null>

/**
 * The speakers and organisations a page names wherever they appear on it (contributions, win
 * presenters), each collection read once for the whole page as the viewer, then the speakers'
 * photos (unless the page shows none): three SQL statements at most, however many sessions and wins the page lists. Payload's
 * own population reads a collection again for every read and every select shape that holds it.
 * What the viewer may not read is not returned, and stays a bare id where `withDoc` puts these.
 */
export async function readSpeakersAndOrganisations(
  payload: Payload,
  viewer: Viewer,
  ids: { speakers: Ids; organisations: Ids },
  { withPhotos = true }: { withPhotos?: boolean } = {},
) {
  const [speakers, organisations] = await Promise.all([
    findByIds(payload, 'speakers', uniqueIds(ids.speakers), speakerLinkSelect, viewer),
    findByIds(
      payload,
      'organisations',
      uniqueIds(ids.organisations),
      organisationLinkSelect,
      viewer,
    ),
  ])
  const photoIds = withPhotos ? uniqueIds(speakers.map((speaker) => relationId(speaker.photo))) : []
  const photos = docsById(await findByIds(payload, 'media', photoIds, imageSelect, viewer))
  return {
    speakers: docsById(
      speakers.map((speaker) => ({
        ...speaker,
        // Typed as Payload types an upload it populated itself (it selects `imageSelect` too).
        photo: withDoc(speaker.photo, photos) as number | Media | null,
      })),
    ),
    organisations: docsById(organisations),
  }
}

export type SpeakersAndOrganisations = Awaited<ReturnType<typeof readSpeakersAndOrganisations>>
