import 'server-only'

import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance for server code; lib/queries is its only caller on the public site. */
export const getPayloadClient = () => getPayload({ config })
