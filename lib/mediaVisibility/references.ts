import type { Block, Field } from 'payload'

// Read from the config, so a field added later (array, block, tab, rich text) is covered too.
export const MEDIA = 'media'

export type MediaReference = { path: string; kind: 'upload' | 'relationship' | 'richText' }

type AnyField = Field & {
  name?: string
  type: string
  fields?: Field[]
  tabs?: Array<{ name?: string; fields: Field[] }>
  blocks?: Block[]
  blockReferences?: Array<Block | string>
  relationTo?: string | string[]
  hasMany?: boolean
}

const pointsAtMedia = (relationTo: unknown) =>
  relationTo === MEDIA || (Array.isArray(relationTo) && relationTo.includes(MEDIA))

function blocksOf(field: AnyField, known: Block[]): Block[] {
  const listed = field.blockReferences ?? field.blocks ?? []
  return listed.map((block) => {
    if (typeof block !== 'string') return block
    const found = known.find((candidate) => candidate.slug === block)
    if (!found) {
      throw new Error(
        `Block "${block}" of field "${field.name}" is not among the config's blocks passed here.`,
      )
    }
    return found
  })
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name)

export function mediaReferences(
  fields: Field[],
  blocks: Block[] = [],
  prefix = '',
): MediaReference[] {
  const found: MediaReference[] = []
  for (const field of fields as AnyField[]) {
    switch (field.type) {
      case 'upload':
      case 'relationship':
        if (pointsAtMedia(field.relationTo)) {
          found.push({ path: join(prefix, field.name!), kind: field.type })
        }
        break
      case 'richText':
        found.push({ path: join(prefix, field.name!), kind: 'richText' })
        break
      case 'array':
        found.push(...mediaReferences(field.fields ?? [], blocks, join(prefix, field.name!)))
        break
      case 'group':
        found.push(
          ...mediaReferences(
            field.fields ?? [],
            blocks,
            field.name ? join(prefix, field.name) : prefix,
          ),
        )
        break
      case 'row':
      case 'collapsible':
        found.push(...mediaReferences(field.fields ?? [], blocks, prefix))
        break
      case 'tabs':
        for (const tab of field.tabs ?? []) {
          found.push(
            ...mediaReferences(tab.fields, blocks, tab.name ? join(prefix, tab.name) : prefix),
          )
        }
        break
      case 'blocks':
        for (const block of blocksOf(field, blocks)) {
          found.push(
            ...mediaReferences(block.fields, blocks, join(join(prefix, field.name!), block.slug)),
          )
        }
        break
    }
  }
  return found
}

function idOf(value: unknown): number | null {
  const raw = value && typeof value === 'object' && 'id' in value ? value.id : value
  const id = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw
  return typeof id === 'number' && Number.isInteger(id) ? id : null
}

function idsInRichText(value: unknown, into: Set<number>): void {
  if (Array.isArray(value)) {
    for (const item of value) idsInRichText(item, into)
    return
  }
  if (!value || typeof value !== 'object') return
  const node = value as Record<string, unknown>
  if (node.relationTo === MEDIA) {
    const id = idOf(node.value)
    if (id !== null) into.add(id)
  }
  for (const child of Object.values(node)) idsInRichText(child, into)
}

function idsInRelation(field: AnyField, value: unknown, into: Set<number>): void {
  const values = Array.isArray(value) ? value : [value]
  for (const item of values) {
    if (Array.isArray(field.relationTo)) {
      const relation = item as { relationTo?: unknown; value?: unknown } | null
      if (relation?.relationTo !== MEDIA) continue
      const id = idOf(relation.value)
      if (id !== null) into.add(id)
    } else {
      const id = idOf(item)
      if (id !== null) into.add(id)
    }
  }
}

function collectIds(fields: Field[], data: unknown, blocks: Block[], into: Set<number>): void {
  if (!data || typeof data !== 'object') return
  const sibling = data as Record<string, unknown>
  for (const field of fields as AnyField[]) {
    const value = field.name ? sibling[field.name] : undefined
    switch (field.type) {
      case 'upload':
      case 'relationship':
        if (pointsAtMedia(field.relationTo)) idsInRelation(field, value, into)
        break
      case 'richText':
        idsInRichText(value, into)
        break
      case 'array':
        if (Array.isArray(value))
          for (const row of value) collectIds(field.fields ?? [], row, blocks, into)
        break
      case 'group':
        collectIds(field.fields ?? [], field.name ? value : sibling, blocks, into)
        break
      case 'row':
      case 'collapsible':
        collectIds(field.fields ?? [], sibling, blocks, into)
        break
      case 'tabs':
        for (const tab of field.tabs ?? []) {
          collectIds(tab.fields, tab.name ? sibling[tab.name] : sibling, blocks, into)
        }
        break
      case 'blocks':
        if (!Array.isArray(value)) break
        for (const row of value as Array<{ blockType?: string }>) {
          const block = blocksOf(field, blocks).find(
            (candidate) => candidate.slug === row?.blockType,
          )
          if (block) collectIds(block.fields, row, blocks, into)
        }
        break
    }
  }
}

export function mediaIdsIn(fields: Field[], data: unknown, blocks: Block[] = []): number[] {
  const ids = new Set<number>()
  collectIds(fields, data, blocks, ids)
  return [...ids].sort((a, b) => a - b)
}
