import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { nothing } from '@/access/nothing'
import { AUDIT_ACTIONS } from '@/lib/consent/audit'

/**
 * What was done to a person's data, by whom and when: written by the server only, read by admins
 * only, never changed. It holds what changed (which boxes, which basis), never the personal data
 * itself, so it can outlive an erasure.
 */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  access: { read: adminOnly, create: nothing, update: nothing, delete: nothing },
  admin: {
    group: 'Administration',
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'summary', 'actor'],
    description:
      'Every change to what a person agreed to show, by whom and when. Kept by the server; nobody can edit or delete an entry.',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map(({ label, value }) => ({ label, value })),
    },
    {
      // A number, not a relationship: the entry must stay when the speaker is gone.
      name: 'speaker',
      type: 'number',
      required: true,
      index: true,
      admin: { description: 'The speaker’s id.' },
    },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: 'By' },
    { name: 'summary', type: 'text', required: true },
    {
      name: 'changes',
      type: 'json',
      admin: { description: 'Each changed item, before and after.' },
    },
  ],
}
