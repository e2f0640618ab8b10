import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_assemblies_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_assemblies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__assemblies_v_version_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum__assemblies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_sessions_resources_kind" AS ENUM('report', 'toolkit', 'judgment', 'recording', 'other');
  CREATE TYPE "public"."enum_sessions_format" AS ENUM('plenary', 'panel', 'workshop', 'other');
  CREATE TYPE "public"."enum_sessions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sessions_v_version_resources_kind" AS ENUM('report', 'toolkit', 'judgment', 'recording', 'other');
  CREATE TYPE "public"."enum__sessions_v_version_format" AS ENUM('plenary', 'panel', 'workshop', 'other');
  CREATE TYPE "public"."enum__sessions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_wins_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_wins_level" AS ENUM('local', 'national', 'eu', 'international');
  CREATE TYPE "public"."enum_wins_kind" AS ENUM('legislation', 'regularisation', 'court-judgment', 'policy', 'labour-rights', 'other');
  CREATE TYPE "public"."enum_wins_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__wins_v_version_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum__wins_v_version_level" AS ENUM('local', 'national', 'eu', 'international');
  CREATE TYPE "public"."enum__wins_v_version_kind" AS ENUM('legislation', 'regularisation', 'court-judgment', 'policy', 'labour-rights', 'other');
  CREATE TYPE "public"."enum__wins_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_speakers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__speakers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_organisations_kind" AS ENUM('ngo', 'picum-member', 'un-body', 'eu-institution', 'research', 'trade-union', 'faith-based', 'other');
  CREATE TYPE "public"."enum_organisations_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_organisations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_version_kind" AS ENUM('ngo', 'picum-member', 'un-body', 'eu-institution', 'research', 'trade-union', 'faith-based', 'other');
  CREATE TYPE "public"."enum__organisations_v_version_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum__organisations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor');
  CREATE TABLE "assemblies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"year" numeric,
  	"slug" varchar,
  	"theme" varchar,
  	"intro" jsonb,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"city" varchar,
  	"country" "enum_assemblies_country",
  	"hero_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_assemblies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_assemblies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_year" numeric,
  	"version_slug" varchar,
  	"version_theme" varchar,
  	"version_intro" jsonb,
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_city" varchar,
  	"version_country" "enum__assemblies_v_version_country",
  	"version_hero_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__assemblies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "sessions_contributions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"speaker_id" integer,
  	"role_at_the_time" varchar,
  	"organisation_at_the_time_id" integer,
  	"contribution" jsonb
  );
  
  CREATE TABLE "sessions_resources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_sessions_resources_kind" DEFAULT 'report',
  	"url" varchar
  );
  
  CREATE TABLE "sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"assembly_id" integer,
  	"format" "enum_sessions_format" DEFAULT 'panel',
  	"position" numeric,
  	"summary" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sessions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "sessions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_sessions_v_version_contributions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"speaker_id" integer,
  	"role_at_the_time" varchar,
  	"organisation_at_the_time_id" integer,
  	"contribution" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sessions_v_version_resources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum__sessions_v_version_resources_kind" DEFAULT 'report',
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sessions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_assembly_id" integer,
  	"version_format" "enum__sessions_v_version_format" DEFAULT 'panel',
  	"version_position" numeric,
  	"version_summary" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sessions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_sessions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "wins_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"label" varchar
  );
  
  CREATE TABLE "wins_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "wins" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" jsonb,
  	"country" "enum_wins_country",
  	"level" "enum_wins_level" DEFAULT 'national',
  	"kind" "enum_wins_kind" DEFAULT 'policy',
  	"achieved_on" timestamp(3) with time zone,
  	"assembly_id" integer,
  	"session_id" integer,
  	"presenter_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_wins_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "wins_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_wins_v_version_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_wins_v_version_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_wins_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" jsonb,
  	"version_country" "enum__wins_v_version_country",
  	"version_level" "enum__wins_v_version_level" DEFAULT 'national',
  	"version_kind" "enum__wins_v_version_kind" DEFAULT 'policy',
  	"version_achieved_on" timestamp(3) with time zone,
  	"version_assembly_id" integer,
  	"version_session_id" integer,
  	"version_presenter_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__wins_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_wins_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "speakers_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "speakers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"current_role" varchar,
  	"current_organisation_id" integer,
  	"bio" jsonb,
  	"photo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_speakers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_speakers_v_version_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_speakers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_current_role" varchar,
  	"version_current_organisation_id" integer,
  	"version_bio" jsonb,
  	"version_photo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__speakers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"acronym" varchar,
  	"kind" "enum_organisations_kind" DEFAULT 'ngo',
  	"slug" varchar,
  	"country" "enum_organisations_country",
  	"city" varchar,
  	"website" varchar,
  	"description" jsonb,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organisations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_organisations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_acronym" varchar,
  	"version_kind" "enum__organisations_v_version_kind" DEFAULT 'ngo',
  	"version_slug" varchar,
  	"version_country" "enum__organisations_v_version_country",
  	"version_city" varchar,
  	"version_website" varchar,
  	"version_description" jsonb,
  	"version_logo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organisations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"assemblies_id" integer,
  	"sessions_id" integer,
  	"wins_id" integer,
  	"speakers_id" integer,
  	"organisations_id" integer,
  	"topics_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "assemblies" ADD CONSTRAINT "assemblies_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_assemblies_v" ADD CONSTRAINT "_assemblies_v_parent_id_assemblies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assemblies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_assemblies_v" ADD CONSTRAINT "_assemblies_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_contributions" ADD CONSTRAINT "sessions_contributions_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_contributions" ADD CONSTRAINT "sessions_contributions_organisation_at_the_time_id_organisations_id_fk" FOREIGN KEY ("organisation_at_the_time_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_contributions" ADD CONSTRAINT "sessions_contributions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_resources" ADD CONSTRAINT "sessions_resources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_assembly_id_assemblies_id_fk" FOREIGN KEY ("assembly_id") REFERENCES "public"."assemblies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_rels" ADD CONSTRAINT "sessions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_rels" ADD CONSTRAINT "sessions_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_contributions" ADD CONSTRAINT "_sessions_v_version_contributions_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_contributions" ADD CONSTRAINT "_sessions_v_version_contributions_organisation_at_the_time_id_organisations_id_fk" FOREIGN KEY ("organisation_at_the_time_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_contributions" ADD CONSTRAINT "_sessions_v_version_contributions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_resources" ADD CONSTRAINT "_sessions_v_version_resources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v" ADD CONSTRAINT "_sessions_v_parent_id_sessions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v" ADD CONSTRAINT "_sessions_v_version_assembly_id_assemblies_id_fk" FOREIGN KEY ("version_assembly_id") REFERENCES "public"."assemblies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v_rels" ADD CONSTRAINT "_sessions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_rels" ADD CONSTRAINT "_sessions_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "wins_figures" ADD CONSTRAINT "wins_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."wins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "wins_evidence" ADD CONSTRAINT "wins_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."wins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "wins" ADD CONSTRAINT "wins_assembly_id_assemblies_id_fk" FOREIGN KEY ("assembly_id") REFERENCES "public"."assemblies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wins" ADD CONSTRAINT "wins_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wins" ADD CONSTRAINT "wins_presenter_id_speakers_id_fk" FOREIGN KEY ("presenter_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wins_rels" ADD CONSTRAINT "wins_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."wins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "wins_rels" ADD CONSTRAINT "wins_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "wins_rels" ADD CONSTRAINT "wins_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_wins_v_version_figures" ADD CONSTRAINT "_wins_v_version_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_wins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_wins_v_version_evidence" ADD CONSTRAINT "_wins_v_version_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_wins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_wins_v" ADD CONSTRAINT "_wins_v_parent_id_wins_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."wins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_wins_v" ADD CONSTRAINT "_wins_v_version_assembly_id_assemblies_id_fk" FOREIGN KEY ("version_assembly_id") REFERENCES "public"."assemblies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_wins_v" ADD CONSTRAINT "_wins_v_version_session_id_sessions_id_fk" FOREIGN KEY ("version_session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_wins_v" ADD CONSTRAINT "_wins_v_version_presenter_id_speakers_id_fk" FOREIGN KEY ("version_presenter_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_wins_v_rels" ADD CONSTRAINT "_wins_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_wins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_wins_v_rels" ADD CONSTRAINT "_wins_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_wins_v_rels" ADD CONSTRAINT "_wins_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "speakers_links" ADD CONSTRAINT "speakers_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_current_organisation_id_organisations_id_fk" FOREIGN KEY ("current_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v_version_links" ADD CONSTRAINT "_speakers_v_version_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_speakers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_parent_id_speakers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_version_current_organisation_id_organisations_id_fk" FOREIGN KEY ("version_current_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assemblies_fk" FOREIGN KEY ("assemblies_id") REFERENCES "public"."assemblies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sessions_fk" FOREIGN KEY ("sessions_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_wins_fk" FOREIGN KEY ("wins_id") REFERENCES "public"."wins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "assemblies_year_idx" ON "assemblies" USING btree ("year");
  CREATE UNIQUE INDEX "assemblies_slug_idx" ON "assemblies" USING btree ("slug");
  CREATE INDEX "assemblies_country_idx" ON "assemblies" USING btree ("country");
  CREATE INDEX "assemblies_hero_image_idx" ON "assemblies" USING btree ("hero_image_id");
  CREATE INDEX "assemblies_updated_at_idx" ON "assemblies" USING btree ("updated_at");
  CREATE INDEX "assemblies_created_at_idx" ON "assemblies" USING btree ("created_at");
  CREATE INDEX "assemblies__status_idx" ON "assemblies" USING btree ("_status");
  CREATE INDEX "_assemblies_v_parent_idx" ON "_assemblies_v" USING btree ("parent_id");
  CREATE INDEX "_assemblies_v_version_version_year_idx" ON "_assemblies_v" USING btree ("version_year");
  CREATE INDEX "_assemblies_v_version_version_slug_idx" ON "_assemblies_v" USING btree ("version_slug");
  CREATE INDEX "_assemblies_v_version_version_country_idx" ON "_assemblies_v" USING btree ("version_country");
  CREATE INDEX "_assemblies_v_version_version_hero_image_idx" ON "_assemblies_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_assemblies_v_version_version_updated_at_idx" ON "_assemblies_v" USING btree ("version_updated_at");
  CREATE INDEX "_assemblies_v_version_version_created_at_idx" ON "_assemblies_v" USING btree ("version_created_at");
  CREATE INDEX "_assemblies_v_version_version__status_idx" ON "_assemblies_v" USING btree ("version__status");
  CREATE INDEX "_assemblies_v_created_at_idx" ON "_assemblies_v" USING btree ("created_at");
  CREATE INDEX "_assemblies_v_updated_at_idx" ON "_assemblies_v" USING btree ("updated_at");
  CREATE INDEX "_assemblies_v_latest_idx" ON "_assemblies_v" USING btree ("latest");
  CREATE INDEX "sessions_contributions_order_idx" ON "sessions_contributions" USING btree ("_order");
  CREATE INDEX "sessions_contributions_parent_id_idx" ON "sessions_contributions" USING btree ("_parent_id");
  CREATE INDEX "sessions_contributions_speaker_idx" ON "sessions_contributions" USING btree ("speaker_id");
  CREATE INDEX "sessions_contributions_organisation_at_the_time_idx" ON "sessions_contributions" USING btree ("organisation_at_the_time_id");
  CREATE INDEX "sessions_resources_order_idx" ON "sessions_resources" USING btree ("_order");
  CREATE INDEX "sessions_resources_parent_id_idx" ON "sessions_resources" USING btree ("_parent_id");
  CREATE INDEX "sessions_slug_idx" ON "sessions" USING btree ("slug");
  CREATE INDEX "sessions_assembly_idx" ON "sessions" USING btree ("assembly_id");
  CREATE INDEX "sessions_updated_at_idx" ON "sessions" USING btree ("updated_at");
  CREATE INDEX "sessions_created_at_idx" ON "sessions" USING btree ("created_at");
  CREATE INDEX "sessions__status_idx" ON "sessions" USING btree ("_status");
  CREATE UNIQUE INDEX "assembly_slug_idx" ON "sessions" USING btree ("assembly_id","slug");
  CREATE INDEX "sessions_rels_order_idx" ON "sessions_rels" USING btree ("order");
  CREATE INDEX "sessions_rels_parent_idx" ON "sessions_rels" USING btree ("parent_id");
  CREATE INDEX "sessions_rels_path_idx" ON "sessions_rels" USING btree ("path");
  CREATE INDEX "sessions_rels_topics_id_idx" ON "sessions_rels" USING btree ("topics_id");
  CREATE INDEX "_sessions_v_version_contributions_order_idx" ON "_sessions_v_version_contributions" USING btree ("_order");
  CREATE INDEX "_sessions_v_version_contributions_parent_id_idx" ON "_sessions_v_version_contributions" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_version_contributions_speaker_idx" ON "_sessions_v_version_contributions" USING btree ("speaker_id");
  CREATE INDEX "_sessions_v_version_contributions_organisation_at_the_ti_idx" ON "_sessions_v_version_contributions" USING btree ("organisation_at_the_time_id");
  CREATE INDEX "_sessions_v_version_resources_order_idx" ON "_sessions_v_version_resources" USING btree ("_order");
  CREATE INDEX "_sessions_v_version_resources_parent_id_idx" ON "_sessions_v_version_resources" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_parent_idx" ON "_sessions_v" USING btree ("parent_id");
  CREATE INDEX "_sessions_v_version_version_slug_idx" ON "_sessions_v" USING btree ("version_slug");
  CREATE INDEX "_sessions_v_version_version_assembly_idx" ON "_sessions_v" USING btree ("version_assembly_id");
  CREATE INDEX "_sessions_v_version_version_updated_at_idx" ON "_sessions_v" USING btree ("version_updated_at");
  CREATE INDEX "_sessions_v_version_version_created_at_idx" ON "_sessions_v" USING btree ("version_created_at");
  CREATE INDEX "_sessions_v_version_version__status_idx" ON "_sessions_v" USING btree ("version__status");
  CREATE INDEX "_sessions_v_created_at_idx" ON "_sessions_v" USING btree ("created_at");
  CREATE INDEX "_sessions_v_updated_at_idx" ON "_sessions_v" USING btree ("updated_at");
  CREATE INDEX "_sessions_v_latest_idx" ON "_sessions_v" USING btree ("latest");
  CREATE INDEX "version_assembly_version_slug_idx" ON "_sessions_v" USING btree ("version_assembly_id","version_slug");
  CREATE INDEX "_sessions_v_rels_order_idx" ON "_sessions_v_rels" USING btree ("order");
  CREATE INDEX "_sessions_v_rels_parent_idx" ON "_sessions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_sessions_v_rels_path_idx" ON "_sessions_v_rels" USING btree ("path");
  CREATE INDEX "_sessions_v_rels_topics_id_idx" ON "_sessions_v_rels" USING btree ("topics_id");
  CREATE INDEX "wins_figures_order_idx" ON "wins_figures" USING btree ("_order");
  CREATE INDEX "wins_figures_parent_id_idx" ON "wins_figures" USING btree ("_parent_id");
  CREATE INDEX "wins_evidence_order_idx" ON "wins_evidence" USING btree ("_order");
  CREATE INDEX "wins_evidence_parent_id_idx" ON "wins_evidence" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "wins_slug_idx" ON "wins" USING btree ("slug");
  CREATE INDEX "wins_country_idx" ON "wins" USING btree ("country");
  CREATE INDEX "wins_assembly_idx" ON "wins" USING btree ("assembly_id");
  CREATE INDEX "wins_session_idx" ON "wins" USING btree ("session_id");
  CREATE INDEX "wins_presenter_idx" ON "wins" USING btree ("presenter_id");
  CREATE INDEX "wins_updated_at_idx" ON "wins" USING btree ("updated_at");
  CREATE INDEX "wins_created_at_idx" ON "wins" USING btree ("created_at");
  CREATE INDEX "wins__status_idx" ON "wins" USING btree ("_status");
  CREATE INDEX "wins_rels_order_idx" ON "wins_rels" USING btree ("order");
  CREATE INDEX "wins_rels_parent_idx" ON "wins_rels" USING btree ("parent_id");
  CREATE INDEX "wins_rels_path_idx" ON "wins_rels" USING btree ("path");
  CREATE INDEX "wins_rels_organisations_id_idx" ON "wins_rels" USING btree ("organisations_id");
  CREATE INDEX "wins_rels_topics_id_idx" ON "wins_rels" USING btree ("topics_id");
  CREATE INDEX "_wins_v_version_figures_order_idx" ON "_wins_v_version_figures" USING btree ("_order");
  CREATE INDEX "_wins_v_version_figures_parent_id_idx" ON "_wins_v_version_figures" USING btree ("_parent_id");
  CREATE INDEX "_wins_v_version_evidence_order_idx" ON "_wins_v_version_evidence" USING btree ("_order");
  CREATE INDEX "_wins_v_version_evidence_parent_id_idx" ON "_wins_v_version_evidence" USING btree ("_parent_id");
  CREATE INDEX "_wins_v_parent_idx" ON "_wins_v" USING btree ("parent_id");
  CREATE INDEX "_wins_v_version_version_slug_idx" ON "_wins_v" USING btree ("version_slug");
  CREATE INDEX "_wins_v_version_version_country_idx" ON "_wins_v" USING btree ("version_country");
  CREATE INDEX "_wins_v_version_version_assembly_idx" ON "_wins_v" USING btree ("version_assembly_id");
  CREATE INDEX "_wins_v_version_version_session_idx" ON "_wins_v" USING btree ("version_session_id");
  CREATE INDEX "_wins_v_version_version_presenter_idx" ON "_wins_v" USING btree ("version_presenter_id");
  CREATE INDEX "_wins_v_version_version_updated_at_idx" ON "_wins_v" USING btree ("version_updated_at");
  CREATE INDEX "_wins_v_version_version_created_at_idx" ON "_wins_v" USING btree ("version_created_at");
  CREATE INDEX "_wins_v_version_version__status_idx" ON "_wins_v" USING btree ("version__status");
  CREATE INDEX "_wins_v_created_at_idx" ON "_wins_v" USING btree ("created_at");
  CREATE INDEX "_wins_v_updated_at_idx" ON "_wins_v" USING btree ("updated_at");
  CREATE INDEX "_wins_v_latest_idx" ON "_wins_v" USING btree ("latest");
  CREATE INDEX "_wins_v_rels_order_idx" ON "_wins_v_rels" USING btree ("order");
  CREATE INDEX "_wins_v_rels_parent_idx" ON "_wins_v_rels" USING btree ("parent_id");
  CREATE INDEX "_wins_v_rels_path_idx" ON "_wins_v_rels" USING btree ("path");
  CREATE INDEX "_wins_v_rels_organisations_id_idx" ON "_wins_v_rels" USING btree ("organisations_id");
  CREATE INDEX "_wins_v_rels_topics_id_idx" ON "_wins_v_rels" USING btree ("topics_id");
  CREATE INDEX "speakers_links_order_idx" ON "speakers_links" USING btree ("_order");
  CREATE INDEX "speakers_links_parent_id_idx" ON "speakers_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "speakers_slug_idx" ON "speakers" USING btree ("slug");
  CREATE INDEX "speakers_current_organisation_idx" ON "speakers" USING btree ("current_organisation_id");
  CREATE INDEX "speakers_photo_idx" ON "speakers" USING btree ("photo_id");
  CREATE INDEX "speakers_updated_at_idx" ON "speakers" USING btree ("updated_at");
  CREATE INDEX "speakers_created_at_idx" ON "speakers" USING btree ("created_at");
  CREATE INDEX "speakers__status_idx" ON "speakers" USING btree ("_status");
  CREATE INDEX "_speakers_v_version_links_order_idx" ON "_speakers_v_version_links" USING btree ("_order");
  CREATE INDEX "_speakers_v_version_links_parent_id_idx" ON "_speakers_v_version_links" USING btree ("_parent_id");
  CREATE INDEX "_speakers_v_parent_idx" ON "_speakers_v" USING btree ("parent_id");
  CREATE INDEX "_speakers_v_version_version_slug_idx" ON "_speakers_v" USING btree ("version_slug");
  CREATE INDEX "_speakers_v_version_version_current_organisation_idx" ON "_speakers_v" USING btree ("version_current_organisation_id");
  CREATE INDEX "_speakers_v_version_version_photo_idx" ON "_speakers_v" USING btree ("version_photo_id");
  CREATE INDEX "_speakers_v_version_version_updated_at_idx" ON "_speakers_v" USING btree ("version_updated_at");
  CREATE INDEX "_speakers_v_version_version_created_at_idx" ON "_speakers_v" USING btree ("version_created_at");
  CREATE INDEX "_speakers_v_version_version__status_idx" ON "_speakers_v" USING btree ("version__status");
  CREATE INDEX "_speakers_v_created_at_idx" ON "_speakers_v" USING btree ("created_at");
  CREATE INDEX "_speakers_v_updated_at_idx" ON "_speakers_v" USING btree ("updated_at");
  CREATE INDEX "_speakers_v_latest_idx" ON "_speakers_v" USING btree ("latest");
  CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_country_idx" ON "organisations" USING btree ("country");
  CREATE INDEX "organisations_logo_idx" ON "organisations" USING btree ("logo_id");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE INDEX "organisations__status_idx" ON "organisations" USING btree ("_status");
  CREATE INDEX "_organisations_v_parent_idx" ON "_organisations_v" USING btree ("parent_id");
  CREATE INDEX "_organisations_v_version_version_slug_idx" ON "_organisations_v" USING btree ("version_slug");
  CREATE INDEX "_organisations_v_version_version_country_idx" ON "_organisations_v" USING btree ("version_country");
  CREATE INDEX "_organisations_v_version_version_logo_idx" ON "_organisations_v" USING btree ("version_logo_id");
  CREATE INDEX "_organisations_v_version_version_updated_at_idx" ON "_organisations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organisations_v_version_version_created_at_idx" ON "_organisations_v" USING btree ("version_created_at");
  CREATE INDEX "_organisations_v_version_version__status_idx" ON "_organisations_v" USING btree ("version__status");
  CREATE INDEX "_organisations_v_created_at_idx" ON "_organisations_v" USING btree ("created_at");
  CREATE INDEX "_organisations_v_updated_at_idx" ON "_organisations_v" USING btree ("updated_at");
  CREATE INDEX "_organisations_v_latest_idx" ON "_organisations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "topics_name_idx" ON "topics" USING btree ("name");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_assemblies_id_idx" ON "payload_locked_documents_rels" USING btree ("assemblies_id");
  CREATE INDEX "payload_locked_documents_rels_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("sessions_id");
  CREATE INDEX "payload_locked_documents_rels_wins_id_idx" ON "payload_locked_documents_rels" USING btree ("wins_id");
  CREATE INDEX "payload_locked_documents_rels_speakers_id_idx" ON "payload_locked_documents_rels" USING btree ("speakers_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "assemblies" CASCADE;
  DROP TABLE "_assemblies_v" CASCADE;
  DROP TABLE "sessions_contributions" CASCADE;
  DROP TABLE "sessions_resources" CASCADE;
  DROP TABLE "sessions" CASCADE;
  DROP TABLE "sessions_rels" CASCADE;
  DROP TABLE "_sessions_v_version_contributions" CASCADE;
  DROP TABLE "_sessions_v_version_resources" CASCADE;
  DROP TABLE "_sessions_v" CASCADE;
  DROP TABLE "_sessions_v_rels" CASCADE;
  DROP TABLE "wins_figures" CASCADE;
  DROP TABLE "wins_evidence" CASCADE;
  DROP TABLE "wins" CASCADE;
  DROP TABLE "wins_rels" CASCADE;
  DROP TABLE "_wins_v_version_figures" CASCADE;
  DROP TABLE "_wins_v_version_evidence" CASCADE;
  DROP TABLE "_wins_v" CASCADE;
  DROP TABLE "_wins_v_rels" CASCADE;
  DROP TABLE "speakers_links" CASCADE;
  DROP TABLE "speakers" CASCADE;
  DROP TABLE "_speakers_v_version_links" CASCADE;
  DROP TABLE "_speakers_v" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "_organisations_v" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_assemblies_country";
  DROP TYPE "public"."enum_assemblies_status";
  DROP TYPE "public"."enum__assemblies_v_version_country";
  DROP TYPE "public"."enum__assemblies_v_version_status";
  DROP TYPE "public"."enum_sessions_resources_kind";
  DROP TYPE "public"."enum_sessions_format";
  DROP TYPE "public"."enum_sessions_status";
  DROP TYPE "public"."enum__sessions_v_version_resources_kind";
  DROP TYPE "public"."enum__sessions_v_version_format";
  DROP TYPE "public"."enum__sessions_v_version_status";
  DROP TYPE "public"."enum_wins_country";
  DROP TYPE "public"."enum_wins_level";
  DROP TYPE "public"."enum_wins_kind";
  DROP TYPE "public"."enum_wins_status";
  DROP TYPE "public"."enum__wins_v_version_country";
  DROP TYPE "public"."enum__wins_v_version_level";
  DROP TYPE "public"."enum__wins_v_version_kind";
  DROP TYPE "public"."enum__wins_v_version_status";
  DROP TYPE "public"."enum_speakers_status";
  DROP TYPE "public"."enum__speakers_v_version_status";
  DROP TYPE "public"."enum_organisations_kind";
  DROP TYPE "public"."enum_organisations_country";
  DROP TYPE "public"."enum_organisations_status";
  DROP TYPE "public"."enum__organisations_v_version_kind";
  DROP TYPE "public"."enum__organisations_v_version_country";
  DROP TYPE "public"."enum__organisations_v_version_status";
  DROP TYPE "public"."enum_users_role";`)
}
