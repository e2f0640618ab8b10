import { createTestDatabase } from '@/tests/helpers/testDatabase'

// Runs before each test file's imports: the file's Payload config then reads its own database.
process.env.DATABASE_URI = await createTestDatabase()
Object.assign(process.env, { NODE_ENV: 'test' })
