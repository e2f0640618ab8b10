import { handleRevalidationRequest } from '@/lib/revalidation'

export const POST = handleRevalidationRequest
