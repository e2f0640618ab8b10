import type { Payload } from 'payload'

import type { TaskSchedulePublish } from '@/payload-types'

/**
 * Schedules a publish or unpublish as the admin's "Schedule publish" does (Payload's
 * schedulePublish job), then runs the job queue as its cron would. The job is due a second ago
 * unless `due` says otherwise; one not yet due stays queued.
 */
export async function runScheduledPublish(
  payload: Payload,
  input: TaskSchedulePublish['input'],
  due = new Date(Date.now() - 1000),
): Promise<void> {
  await payload.jobs.queue({ task: 'schedulePublish', input, waitUntil: due })
  await payload.jobs.run()
}
