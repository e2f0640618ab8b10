import { APIError } from 'payload'

// Payload's formatter keeps a message only with `data` or a `name`, and minification empties class
// names, so a plain APIError would answer "An unknown error occurred."
export class Refusal extends APIError {
  constructor(message: string, status: number, data: Record<string, unknown>, name = 'Refusal') {
    super(message, status, data, true)
    this.name = name
  }
}

// Expected traffic: one line, no stack. Payload looks up any error name here (utilities/logError).
export const refusalLoggingLevels = {
  CrossingQuery: 'info',
  MalformedQuery: 'info',
  DraftsForStaff: 'info',
  StillReferenced: 'info',
  AssemblyExists: 'info',
  WithheldQuery: 'info',
  NotConfirmed: 'info',
  AlreadyErased: 'info',
} as const satisfies Record<string, 'info' | 'warn'>
