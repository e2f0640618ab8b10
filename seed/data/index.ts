// The complete seed data set, gathered from the per-collection files.

import { assemblies } from '@/seed/data/assemblies'
import { organisations } from '@/seed/data/organisations'
import { sessions } from '@/seed/data/sessions'
import { sources } from '@/seed/data/sources'
import { speakers } from '@/seed/data/speakers'
import { topics } from '@/seed/data/topics'
import { wins } from '@/seed/data/wins'
import type { SeedInput } from '@/seed/schema'

export const seedData: SeedInput = {
  sources,
  topics,
  organisations,
  speakers,
  assemblies,
  sessions,
  wins,
}
