import { UNAVAILABLE_MESSAGE } from '@/lib/db/unavailable'

export const messages = {
  unavailable: UNAVAILABLE_MESSAGE,
  badValue:
    'A value in the request has the wrong type or is out of range (for example, text where a number is expected, or a negative page).',
  badEscape: 'The address contains a malformed percent-encoded character.',
  badJson: 'A parameter that must be JSON is not valid JSON.',
  badUpload: 'The upload is not a well-formed multipart form.',
  notAnObject: 'The request body must be a JSON object (or a form whose _payload field is one).',
  noRoute: 'There is no such API route.',
  noVersions: 'This collection keeps no versions.',
  notJson: 'The request body must be JSON.',
  graphqlContentType: 'GraphQL requests are JSON: send Content-Type: application/json.',
} as const
