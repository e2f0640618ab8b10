import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { PREVIOUS_KINDS_TABLE } from './20261129_record_fidelity/correctSeededRecord'
import * as previous from './20261129_record_fidelity/previousSeed'

/**
 * Issue 14, "the record says only what the report says":
 *
 * - Schema: a Sources collection; citations on assemblies, sessions, contributions, wins,
 *   organisations and speakers, with a derived `has_source`; a win's presenting organisation
 *   apart from the organisations credited with it (the old `organisations` relation becomes
 *   `creditedOrganisations`); an organisation's PICUM membership apart from its kind (the kind
 *   `picum-member` goes); a speaker's `current_role`/`current_organisation_id` renamed to
 *   `role`/`organisation_id` with the year they were recorded in; search rows with a source line.
 * - Data: the seeded 2025 record is corrected where no editor has changed it, and every change
 *   an editor made is kept and logged (./20261129_record_fidelity/correctSeededRecord.ts).
 *
 * Kinds: the organisations seeded as `picum-member` get their kind back (NGO, then corrected
 * below); any other organisation staff marked so becomes `other` and keeps the membership as
 * "member", since that is what its record stated. Versions are converted the same way.
 */

/** The organisations the previous seed made `picum-member`: civil society organisations. */
const seededMembers = previous.organisations
  .filter((o) => o.kind === 'picum-member')
  .map((o) => o.slug)

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // What the kind was before conversion: the seed's records are compared with it below.
  // What the kind was before conversion, kept for the correction of the seeded record, which
  // reads and writes through the Local API and so runs after the last schema change
  // (PREVIOUS_KINDS_TABLE, read by the last `_rebuild_derived` migration).
  await db.execute(sql`
  CREATE TABLE ${sql.identifier(PREVIOUS_KINDS_TABLE)} AS SELECT id, kind::text AS kind FROM organisations`)

  // Rows must leave 'picum-member' before the enum loses it.
  await db.execute(sql`
  ALTER TABLE "organisations" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "_organisations_v" ALTER COLUMN "version_kind" SET DATA TYPE text;
  ALTER TABLE "organisations" ADD COLUMN "was_picum_member" boolean DEFAULT false;
  UPDATE "organisations" SET "was_picum_member" = true WHERE "kind" = 'picum-member';
  ALTER TABLE "_organisations_v" ADD COLUMN "was_picum_member" boolean DEFAULT false;
  UPDATE "_organisations_v" SET "was_picum_member" = true WHERE "version_kind" = 'picum-member';`)
  // One statement per query: PostgreSQL takes parameters only in single statements.
  const seeded = sql`${sql.param(seededMembers)}::varchar[]`
  await db.execute(sql`
  UPDATE "organisations" SET "kind" = CASE WHEN "slug" = ANY(${seeded}) THEN 'ngo' ELSE 'other' END
    WHERE "kind" = 'picum-member'`)
  await db.execute(sql`
  UPDATE "_organisations_v"
    SET "version_kind" = CASE WHEN "version_slug" = ANY(${seeded}) THEN 'ngo' ELSE 'other' END
    WHERE "version_kind" = 'picum-member'`)

  await db.execute(sql`

   CREATE TYPE "public"."enum_organisations_picum_membership" AS ENUM('unknown', 'member', 'not-member');
  CREATE TYPE "public"."enum__organisations_v_version_picum_membership" AS ENUM('unknown', 'member', 'not-member');
  CREATE TYPE "public"."enum_sources_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sources_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "assemblies_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar
  );
  
  CREATE TABLE "_assemblies_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "sessions_contributions_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar
  );
  
  CREATE TABLE "sessions_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar
  );
  
  CREATE TABLE "_sessions_v_version_contributions_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sessions_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "wins_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar
  );
  
  CREATE TABLE "_wins_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "speakers_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar
  );
  
  CREATE TABLE "_speakers_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "organisations_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar
  );
  
  CREATE TABLE "_organisations_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"locator" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"link" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sources_status" DEFAULT 'draft',
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  CREATE TABLE "_sources_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_publisher" varchar,
  	"version_year" numeric,
  	"version_link" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sources_v_version_status" DEFAULT 'draft',
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "speakers" RENAME COLUMN "current_role" TO "role";
  ALTER TABLE "speakers" RENAME COLUMN "current_organisation_id" TO "organisation_id";
  ALTER TABLE "_speakers_v" RENAME COLUMN "version_current_role" TO "version_role";
  ALTER TABLE "_speakers_v" RENAME COLUMN "version_current_organisation_id" TO "version_organisation_id";
  ALTER TABLE "speakers" DROP CONSTRAINT "speakers_current_organisation_id_organisations_id_fk";
  
  ALTER TABLE "_speakers_v" DROP CONSTRAINT "_speakers_v_version_current_organisation_id_organisations_id_fk";
  
  ALTER TABLE "organisations" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "organisations" ALTER COLUMN "kind" SET DEFAULT 'ngo'::text;
  DROP TYPE "public"."enum_organisations_kind";
  CREATE TYPE "public"."enum_organisations_kind" AS ENUM('ngo', 'network', 'trade-union', 'faith-based', 'research', 'un-body', 'eu-institution', 'parliamentary-group', 'other');
  ALTER TABLE "organisations" ALTER COLUMN "kind" SET DEFAULT 'ngo'::"public"."enum_organisations_kind";
  ALTER TABLE "organisations" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_organisations_kind" USING "kind"::"public"."enum_organisations_kind";
  ALTER TABLE "_organisations_v" ALTER COLUMN "version_kind" SET DATA TYPE text;
  ALTER TABLE "_organisations_v" ALTER COLUMN "version_kind" SET DEFAULT 'ngo'::text;
  DROP TYPE "public"."enum__organisations_v_version_kind";
  CREATE TYPE "public"."enum__organisations_v_version_kind" AS ENUM('ngo', 'network', 'trade-union', 'faith-based', 'research', 'un-body', 'eu-institution', 'parliamentary-group', 'other');
  ALTER TABLE "_organisations_v" ALTER COLUMN "version_kind" SET DEFAULT 'ngo'::"public"."enum__organisations_v_version_kind";
  ALTER TABLE "_organisations_v" ALTER COLUMN "version_kind" SET DATA TYPE "public"."enum__organisations_v_version_kind" USING "version_kind"::"public"."enum__organisations_v_version_kind";
  DROP INDEX "speakers_current_organisation_idx";
  DROP INDEX "_speakers_v_version_version_current_organisation_idx";
  ALTER TABLE "assemblies" ADD COLUMN "has_source" boolean DEFAULT false;
  ALTER TABLE "_assemblies_v" ADD COLUMN "version_has_source" boolean DEFAULT false;
  ALTER TABLE "sessions" ADD COLUMN "has_source" boolean DEFAULT false;
  ALTER TABLE "_sessions_v" ADD COLUMN "version_has_source" boolean DEFAULT false;
  ALTER TABLE "wins" ADD COLUMN "presenter_organisation_id" integer;
  ALTER TABLE "wins" ADD COLUMN "has_source" boolean DEFAULT false;
  ALTER TABLE "_wins_v" ADD COLUMN "version_presenter_organisation_id" integer;
  ALTER TABLE "_wins_v" ADD COLUMN "version_has_source" boolean DEFAULT false;
  ALTER TABLE "speakers" ADD COLUMN "role_recorded_in" numeric;
  ALTER TABLE "speakers" ADD COLUMN "has_source" boolean DEFAULT false;
  ALTER TABLE "_speakers_v" ADD COLUMN "version_role_recorded_in" numeric;
  ALTER TABLE "_speakers_v" ADD COLUMN "version_has_source" boolean DEFAULT false;
  ALTER TABLE "organisations" ADD COLUMN "picum_membership" "enum_organisations_picum_membership" DEFAULT 'unknown';
  ALTER TABLE "organisations" ADD COLUMN "has_source" boolean DEFAULT false;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_picum_membership" "enum__organisations_v_version_picum_membership" DEFAULT 'unknown';
  ALTER TABLE "_organisations_v" ADD COLUMN "version_has_source" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sources_id" integer;
  ALTER TABLE "assemblies_citations" ADD CONSTRAINT "assemblies_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assemblies_citations" ADD CONSTRAINT "assemblies_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assemblies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assemblies_v_version_citations" ADD CONSTRAINT "_assemblies_v_version_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_assemblies_v_version_citations" ADD CONSTRAINT "_assemblies_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assemblies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_contributions_citations" ADD CONSTRAINT "sessions_contributions_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_contributions_citations" ADD CONSTRAINT "sessions_contributions_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_contributions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_citations" ADD CONSTRAINT "sessions_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_citations" ADD CONSTRAINT "sessions_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_contributions_citations" ADD CONSTRAINT "_sessions_v_version_contributions_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_contributions_citations" ADD CONSTRAINT "_sessions_v_version_contributions_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_version_contributions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_citations" ADD CONSTRAINT "_sessions_v_version_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_citations" ADD CONSTRAINT "_sessions_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "wins_citations" ADD CONSTRAINT "wins_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wins_citations" ADD CONSTRAINT "wins_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."wins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_wins_v_version_citations" ADD CONSTRAINT "_wins_v_version_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_wins_v_version_citations" ADD CONSTRAINT "_wins_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_wins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "speakers_citations" ADD CONSTRAINT "speakers_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers_citations" ADD CONSTRAINT "speakers_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_speakers_v_version_citations" ADD CONSTRAINT "_speakers_v_version_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v_version_citations" ADD CONSTRAINT "_speakers_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_speakers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_citations" ADD CONSTRAINT "organisations_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations_citations" ADD CONSTRAINT "organisations_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_version_citations" ADD CONSTRAINT "_organisations_v_version_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v_version_citations" ADD CONSTRAINT "_organisations_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sources_v" ADD CONSTRAINT "_sources_v_parent_id_sources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "assemblies_citations_order_idx" ON "assemblies_citations" USING btree ("_order");
  CREATE INDEX "assemblies_citations_parent_id_idx" ON "assemblies_citations" USING btree ("_parent_id");
  CREATE INDEX "assemblies_citations_source_idx" ON "assemblies_citations" USING btree ("source_id");
  CREATE INDEX "_assemblies_v_version_citations_order_idx" ON "_assemblies_v_version_citations" USING btree ("_order");
  CREATE INDEX "_assemblies_v_version_citations_parent_id_idx" ON "_assemblies_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_assemblies_v_version_citations_source_idx" ON "_assemblies_v_version_citations" USING btree ("source_id");
  CREATE INDEX "sessions_contributions_citations_order_idx" ON "sessions_contributions_citations" USING btree ("_order");
  CREATE INDEX "sessions_contributions_citations_parent_id_idx" ON "sessions_contributions_citations" USING btree ("_parent_id");
  CREATE INDEX "sessions_contributions_citations_source_idx" ON "sessions_contributions_citations" USING btree ("source_id");
  CREATE INDEX "sessions_citations_order_idx" ON "sessions_citations" USING btree ("_order");
  CREATE INDEX "sessions_citations_parent_id_idx" ON "sessions_citations" USING btree ("_parent_id");
  CREATE INDEX "sessions_citations_source_idx" ON "sessions_citations" USING btree ("source_id");
  CREATE INDEX "_sessions_v_version_contributions_citations_order_idx" ON "_sessions_v_version_contributions_citations" USING btree ("_order");
  CREATE INDEX "_sessions_v_version_contributions_citations_parent_id_idx" ON "_sessions_v_version_contributions_citations" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_version_contributions_citations_source_idx" ON "_sessions_v_version_contributions_citations" USING btree ("source_id");
  CREATE INDEX "_sessions_v_version_citations_order_idx" ON "_sessions_v_version_citations" USING btree ("_order");
  CREATE INDEX "_sessions_v_version_citations_parent_id_idx" ON "_sessions_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_version_citations_source_idx" ON "_sessions_v_version_citations" USING btree ("source_id");
  CREATE INDEX "wins_citations_order_idx" ON "wins_citations" USING btree ("_order");
  CREATE INDEX "wins_citations_parent_id_idx" ON "wins_citations" USING btree ("_parent_id");
  CREATE INDEX "wins_citations_source_idx" ON "wins_citations" USING btree ("source_id");
  CREATE INDEX "_wins_v_version_citations_order_idx" ON "_wins_v_version_citations" USING btree ("_order");
  CREATE INDEX "_wins_v_version_citations_parent_id_idx" ON "_wins_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_wins_v_version_citations_source_idx" ON "_wins_v_version_citations" USING btree ("source_id");
  CREATE INDEX "speakers_citations_order_idx" ON "speakers_citations" USING btree ("_order");
  CREATE INDEX "speakers_citations_parent_id_idx" ON "speakers_citations" USING btree ("_parent_id");
  CREATE INDEX "speakers_citations_source_idx" ON "speakers_citations" USING btree ("source_id");
  CREATE INDEX "_speakers_v_version_citations_order_idx" ON "_speakers_v_version_citations" USING btree ("_order");
  CREATE INDEX "_speakers_v_version_citations_parent_id_idx" ON "_speakers_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_speakers_v_version_citations_source_idx" ON "_speakers_v_version_citations" USING btree ("source_id");
  CREATE INDEX "organisations_citations_order_idx" ON "organisations_citations" USING btree ("_order");
  CREATE INDEX "organisations_citations_parent_id_idx" ON "organisations_citations" USING btree ("_parent_id");
  CREATE INDEX "organisations_citations_source_idx" ON "organisations_citations" USING btree ("source_id");
  CREATE INDEX "_organisations_v_version_citations_order_idx" ON "_organisations_v_version_citations" USING btree ("_order");
  CREATE INDEX "_organisations_v_version_citations_parent_id_idx" ON "_organisations_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_version_citations_source_idx" ON "_organisations_v_version_citations" USING btree ("source_id");
  CREATE INDEX "sources_updated_at_idx" ON "sources" USING btree ("updated_at");
  CREATE INDEX "sources_created_at_idx" ON "sources" USING btree ("created_at");
  CREATE INDEX "sources__status_idx" ON "sources" USING btree ("_status");
  CREATE UNIQUE INDEX "sources_filename_idx" ON "sources" USING btree ("filename");
  CREATE INDEX "_sources_v_parent_idx" ON "_sources_v" USING btree ("parent_id");
  CREATE INDEX "_sources_v_version_version_updated_at_idx" ON "_sources_v" USING btree ("version_updated_at");
  CREATE INDEX "_sources_v_version_version_created_at_idx" ON "_sources_v" USING btree ("version_created_at");
  CREATE INDEX "_sources_v_version_version__status_idx" ON "_sources_v" USING btree ("version__status");
  CREATE INDEX "_sources_v_version_version_filename_idx" ON "_sources_v" USING btree ("version_filename");
  CREATE INDEX "_sources_v_created_at_idx" ON "_sources_v" USING btree ("created_at");
  CREATE INDEX "_sources_v_updated_at_idx" ON "_sources_v" USING btree ("updated_at");
  CREATE INDEX "_sources_v_latest_idx" ON "_sources_v" USING btree ("latest");
  ALTER TABLE "wins" ADD CONSTRAINT "wins_presenter_organisation_id_organisations_id_fk" FOREIGN KEY ("presenter_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_wins_v" ADD CONSTRAINT "_wins_v_version_presenter_organisation_id_organisations_id_fk" FOREIGN KEY ("version_presenter_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_version_organisation_id_organisations_id_fk" FOREIGN KEY ("version_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "assemblies_has_source_idx" ON "assemblies" USING btree ("has_source");
  CREATE INDEX "_assemblies_v_version_version_has_source_idx" ON "_assemblies_v" USING btree ("version_has_source");
  CREATE INDEX "sessions_has_source_idx" ON "sessions" USING btree ("has_source");
  CREATE INDEX "_sessions_v_version_version_has_source_idx" ON "_sessions_v" USING btree ("version_has_source");
  CREATE INDEX "wins_presenter_organisation_idx" ON "wins" USING btree ("presenter_organisation_id");
  CREATE INDEX "wins_has_source_idx" ON "wins" USING btree ("has_source");
  CREATE INDEX "_wins_v_version_version_presenter_organisation_idx" ON "_wins_v" USING btree ("version_presenter_organisation_id");
  CREATE INDEX "_wins_v_version_version_has_source_idx" ON "_wins_v" USING btree ("version_has_source");
  CREATE INDEX "speakers_organisation_idx" ON "speakers" USING btree ("organisation_id");
  CREATE INDEX "speakers_has_source_idx" ON "speakers" USING btree ("has_source");
  CREATE INDEX "_speakers_v_version_version_organisation_idx" ON "_speakers_v" USING btree ("version_organisation_id");
  CREATE INDEX "_speakers_v_version_version_has_source_idx" ON "_speakers_v" USING btree ("version_has_source");
  CREATE INDEX "organisations_has_source_idx" ON "organisations" USING btree ("has_source");
  CREATE INDEX "_organisations_v_version_version_has_source_idx" ON "_organisations_v" USING btree ("version_has_source");
  CREATE INDEX "payload_locked_documents_rels_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("sources_id");`)

  await db.execute(sql`
  UPDATE "organisations" SET "picum_membership" = 'member' WHERE "was_picum_member";
  UPDATE "_organisations_v" SET "version_picum_membership" = 'member' WHERE "was_picum_member";
  ALTER TABLE "organisations" DROP COLUMN "was_picum_member";
  ALTER TABLE "_organisations_v" DROP COLUMN "was_picum_member";
  UPDATE "wins_rels" SET "path" = 'creditedOrganisations' WHERE "path" = 'organisations';
  UPDATE "_wins_v_rels" SET "path" = 'version.creditedOrganisations' WHERE "path" = 'version.organisations';
  ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS source text NOT NULL DEFAULT '';`)

  // A role on record needs the year it was recorded in: the 2025 assembly's for what the seed
  // wrote, otherwise the year the record was last saved, when staff last stated it.
  for (const speaker of previous.speakers) {
    await db.execute(sql`
    UPDATE "speakers" SET "role_recorded_in" = 2025
    WHERE "slug" = ${speaker.slug}
      AND "role" IS NOT DISTINCT FROM ${speaker.currentRole ?? null}
      AND (SELECT "slug" FROM "organisations" WHERE "id" = "speakers"."organisation_id")
        IS NOT DISTINCT FROM ${speaker.currentOrganisation ?? null}`)
  }
  await db.execute(sql`
  UPDATE "speakers" SET "role_recorded_in" = EXTRACT(YEAR FROM "updated_at")
    WHERE "role_recorded_in" IS NULL AND ("role" IS NOT NULL OR "organisation_id" IS NOT NULL);
  UPDATE "_speakers_v" SET "version_role_recorded_in" = COALESCE(
      (SELECT "role_recorded_in" FROM "speakers" WHERE "speakers"."id" = "_speakers_v"."parent_id"
        AND "speakers"."role" IS NOT DISTINCT FROM "_speakers_v"."version_role"
        AND "speakers"."organisation_id" IS NOT DISTINCT FROM "_speakers_v"."version_organisation_id"),
      EXTRACT(YEAR FROM "version_updated_at"))
    WHERE "version_role" IS NOT NULL OR "version_organisation_id" IS NOT NULL;`)

  // The seeded record is corrected, and the search rows gain their source line, by the last
  // `_rebuild_derived` migration.
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS ${sql.identifier(PREVIOUS_KINDS_TABLE)}`)
  // Back to the previous schema. Corrections to the record are not undone: they are versions in
  // each record's history, to restore from there. Kinds that did not exist before become the
  // nearest old one; a stated membership becomes the old kind 'picum-member' again.
  await db.execute(sql`
  ALTER TABLE search_documents DROP COLUMN IF EXISTS source;
  UPDATE "wins_rels" SET "path" = 'organisations' WHERE "path" = 'creditedOrganisations';
  UPDATE "_wins_v_rels" SET "path" = 'version.organisations' WHERE "path" = 'version.creditedOrganisations';
  ALTER TABLE "organisations" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "organisations" ALTER COLUMN "kind" SET DEFAULT 'ngo'::text;
  ALTER TABLE "_organisations_v" ALTER COLUMN "version_kind" SET DATA TYPE text;
  ALTER TABLE "_organisations_v" ALTER COLUMN "version_kind" SET DEFAULT 'ngo'::text;
  UPDATE "organisations" SET "kind" = CASE
      WHEN "picum_membership" = 'member' THEN 'picum-member'
      WHEN "kind" = 'network' THEN 'ngo'
      WHEN "kind" = 'parliamentary-group' THEN 'eu-institution'
      ELSE "kind" END;
  UPDATE "_organisations_v" SET "version_kind" = CASE
      WHEN "version_picum_membership" = 'member' THEN 'picum-member'
      WHEN "version_kind" = 'network' THEN 'ngo'
      WHEN "version_kind" = 'parliamentary-group' THEN 'eu-institution'
      ELSE "version_kind" END;
  DROP TYPE "public"."enum_organisations_kind";
  CREATE TYPE "public"."enum_organisations_kind" AS ENUM('ngo', 'picum-member', 'un-body', 'eu-institution', 'research', 'trade-union', 'faith-based', 'other');
  ALTER TABLE "organisations" ALTER COLUMN "kind" SET DEFAULT 'ngo'::"public"."enum_organisations_kind";
  ALTER TABLE "organisations" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_organisations_kind" USING "kind"::"public"."enum_organisations_kind";
  DROP TYPE "public"."enum__organisations_v_version_kind";
  CREATE TYPE "public"."enum__organisations_v_version_kind" AS ENUM('ngo', 'picum-member', 'un-body', 'eu-institution', 'research', 'trade-union', 'faith-based', 'other');
  ALTER TABLE "_organisations_v" ALTER COLUMN "version_kind" SET DEFAULT 'ngo'::"public"."enum__organisations_v_version_kind";
  ALTER TABLE "_organisations_v" ALTER COLUMN "version_kind" SET DATA TYPE "public"."enum__organisations_v_version_kind" USING "version_kind"::"public"."enum__organisations_v_version_kind";
  DROP TABLE "assemblies_citations" CASCADE;
  DROP TABLE "_assemblies_v_version_citations" CASCADE;
  DROP TABLE "sessions_contributions_citations" CASCADE;
  DROP TABLE "sessions_citations" CASCADE;
  DROP TABLE "_sessions_v_version_contributions_citations" CASCADE;
  DROP TABLE "_sessions_v_version_citations" CASCADE;
  DROP TABLE "wins_citations" CASCADE;
  DROP TABLE "_wins_v_version_citations" CASCADE;
  DROP TABLE "speakers_citations" CASCADE;
  DROP TABLE "_speakers_v_version_citations" CASCADE;
  DROP TABLE "organisations_citations" CASCADE;
  DROP TABLE "_organisations_v_version_citations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sources_fk";
  DROP INDEX "payload_locked_documents_rels_sources_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sources_id";
  DROP TABLE "sources" CASCADE;
  DROP TABLE "_sources_v" CASCADE;
  ALTER TABLE "wins" DROP COLUMN "presenter_organisation_id";
  ALTER TABLE "_wins_v" DROP COLUMN "version_presenter_organisation_id";
  ALTER TABLE "assemblies" DROP COLUMN "has_source";
  ALTER TABLE "_assemblies_v" DROP COLUMN "version_has_source";
  ALTER TABLE "sessions" DROP COLUMN "has_source";
  ALTER TABLE "_sessions_v" DROP COLUMN "version_has_source";
  ALTER TABLE "wins" DROP COLUMN "has_source";
  ALTER TABLE "_wins_v" DROP COLUMN "version_has_source";
  ALTER TABLE "speakers" DROP COLUMN "has_source";
  ALTER TABLE "_speakers_v" DROP COLUMN "version_has_source";
  ALTER TABLE "organisations" DROP COLUMN "has_source";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_has_source";
  ALTER TABLE "organisations" DROP COLUMN "picum_membership";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_picum_membership";
  ALTER TABLE "speakers" DROP COLUMN "role_recorded_in";
  ALTER TABLE "_speakers_v" DROP COLUMN "version_role_recorded_in";
  ALTER TABLE "speakers" DROP CONSTRAINT "speakers_organisation_id_organisations_id_fk";
  ALTER TABLE "_speakers_v" DROP CONSTRAINT "_speakers_v_version_organisation_id_organisations_id_fk";
  DROP INDEX "speakers_organisation_idx";
  DROP INDEX "_speakers_v_version_version_organisation_idx";
  ALTER TABLE "speakers" RENAME COLUMN "role" TO "current_role";
  ALTER TABLE "speakers" RENAME COLUMN "organisation_id" TO "current_organisation_id";
  ALTER TABLE "_speakers_v" RENAME COLUMN "version_role" TO "version_current_role";
  ALTER TABLE "_speakers_v" RENAME COLUMN "version_organisation_id" TO "version_current_organisation_id";
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_current_organisation_id_organisations_id_fk" FOREIGN KEY ("current_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_version_current_organisation_id_organisations_id_fk" FOREIGN KEY ("version_current_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "speakers_current_organisation_idx" ON "speakers" USING btree ("current_organisation_id");
  CREATE INDEX "_speakers_v_version_version_current_organisation_idx" ON "_speakers_v" USING btree ("version_current_organisation_id");
  DROP TYPE "public"."enum_organisations_picum_membership";
  DROP TYPE "public"."enum__organisations_v_version_picum_membership";
  DROP TYPE "public"."enum_sources_status";
  DROP TYPE "public"."enum__sources_v_version_status";`)
}
