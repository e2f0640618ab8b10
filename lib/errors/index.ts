export { classifyApiError, mapApiErrors } from '@/lib/errors/api'
export { refuseBeforePayload } from '@/lib/errors/beforePayload'
export { messages } from '@/lib/errors/messages'
export { Refusal, refusalLoggingLevels } from '@/lib/errors/refusal'
