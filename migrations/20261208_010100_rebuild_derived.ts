import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { dbFor } from '@/lib/compat/payload'
import { rebuildMediaUse } from '@/lib/mediaVisibility/publishedUse'
import { rebuildSearchIndex } from '@/lib/search/indexer'

import { correctSeededRecordOnce } from './20261129_record_fidelity/correctSeededRecord'

/**
 * Work on the record through the Local API, done with today's code once every table the
 * collections need exists (the migrations before it change the schema; this one only writes rows):
 *
 * - the correction of the seeded 2025 record that 20261129_120000_record_fidelity prepared, where
 *   it has not run yet (it ran inside that migration until the collections gained columns);
 * - which images published documents use, so images already in use stay visible
 *   (20261129_114651_media_visibility added the flags);
 * - the search index, whose rows gained a source line and quote the corrected record
 *   (20261129_120000_record_fidelity).
 *
 * First written as 20261129_130000_rebuild_derived, and moved after 20261207_211049_consent (new
 * columns on speakers and contributions), 20261208_000125_anonymise_erase (new consent bases)
 * and 20261208_010046_consent_role_organisation (new columns); none of them had landed anywhere yet.
 *
 * It reads the collections through the Local API, so it must run after every schema change: a
 * later migration that changes the schema moves these calls after itself (the migration tests on
 * the previous version's database fail otherwise).
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await correctSeededRecordOnce(payload, req, await dbFor(payload, req))
  await rebuildMediaUse(payload, req)
  await rebuildSearchIndex(payload, req)
}

/** Nothing to undo: the data is derived, and the earlier migrations' `down` drop what holds it. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
