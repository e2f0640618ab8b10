// The documents the seeded record comes from, and how the data files cite them.
import type { CitationSeed, SourceSeed } from '@/seed/schema'

/** The 2025 report (../shared/sources/picum-general-assembly-2025.txt). It gives no year or link. */
export const REPORT_2025 = 'general-assembly-2025'

export const sources: SourceSeed[] = [
  {
    key: REPORT_2025,
    title: 'Resisting an increasingly hostile environment: PICUM General Assembly 2025',
    publisher: 'PICUM',
  },
]

/** Where in the 2025 report: the text before its first heading, and its three section titles. */
export const section2025 = {
  opening: 'Opening paragraphs',
  opportunities: 'What opportunities in an era of hostile migration policies?',
  strategies: 'Strategies to counter hostile narratives and policies',
  hope: 'Finding hope: wins and inspirations from the network',
} as const

/** A citation of the 2025 report at one of its sections. */
export const cite2025 = (
  locator: (typeof section2025)[keyof typeof section2025],
): CitationSeed[] => [{ source: REPORT_2025, locator }]
