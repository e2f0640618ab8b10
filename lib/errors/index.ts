/**
 * How the API answers what goes wrong, in one place: refusals the app throws on purpose
 * (./refusal.ts), requests refused before Payload sees them (./beforePayload.ts, from proxy.ts),
 * and errors Payload lets through mapped to a 4xx or 503 (./api.ts, its config-level afterError
 * hook). Messages never carry SQL, file paths or a stack.
 */
export { classifyApiError, mapApiErrors } from '@/lib/errors/api'
export { refuseBeforePayload } from '@/lib/errors/beforePayload'
export { messages } from '@/lib/errors/messages'
export { Refusal, refusalLoggingLevels } from '@/lib/errors/refusal'
