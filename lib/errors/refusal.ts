import { APIError } from 'payload'

/**
 * A 4xx whose message reaches the client, also from a production build. Payload's response
 * formatter (formatErrors) keeps an APIError's message only when the error has `data` or a
 * `name`, and minification leaves class names empty: a plain `new APIError(message, 400)` then
 * answers "An unknown error occurred." Giving it both keeps the message.
 */
export class Refusal extends APIError {
  constructor(message: string, status: number, data: Record<string, unknown>, name = 'Refusal') {
    super(message, status, data, true)
    this.name = name
  }
}

/**
 * How Payload logs each kind of refusal: expected traffic, so one line rather than an error with
 * a stack. Payload looks up any error name here (utilities/logError), although its type only
 * lists its own names.
 */
export const refusalLoggingLevels = {
  CrossingQuery: 'info',
  MalformedQuery: 'info',
  DraftsForStaff: 'info',
  StillReferenced: 'info',
  AssemblyExists: 'info',
} as const satisfies Record<string, 'info' | 'warn'>
