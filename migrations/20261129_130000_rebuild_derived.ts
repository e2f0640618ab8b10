import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Data derived from the record, rebuilt with today's code once every table the collections need
 * exists (the migrations before it change the schema; this one only writes rows):
 *
 * - which images published documents use, so images already in use stay visible
 *   (20261129_114651_media_visibility added the flags);
 * - the search index, whose rows gained a source line and quote the corrected record
 *   (20261129_120000_record_fidelity).
 *
 * It reads the collections through the Local API, so it must run after every schema change: a
 * later migration that changes the schema moves these calls after itself (the migration tests on
 * the previous version's database fail otherwise).
 */
export async function up(_args: MigrateUpArgs): Promise<void> {
  // Moved to 20261208_010100_rebuild_derived: the collections it reads gained columns after it.
}

/** Nothing to undo: the data is derived, and the earlier migrations' `down` drop what holds it. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
