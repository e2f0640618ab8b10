import { Assemblies } from '@/collections/Assemblies'
import { AuditLog } from '@/collections/AuditLog'
import { Media } from '@/collections/Media'
import { Organisations } from '@/collections/Organisations'
import { Sessions } from '@/collections/Sessions'
import { Sources } from '@/collections/Sources'
import { Speakers } from '@/collections/Speakers'
import { Topics } from '@/collections/Topics'
import { Users } from '@/collections/Users'
import { Wins } from '@/collections/Wins'
import { trackMediaUse } from '@/hooks/trackMediaUse'
import { withRecordBehaviour } from '@/lib/record/collections'

export const collections = trackMediaUse(
  withRecordBehaviour([
    Assemblies,
    Sessions,
    Wins,
    Speakers,
    Organisations,
    Topics,
    Sources,
    Media,
    Users,
    AuditLog,
  ]),
)

export { Users }
