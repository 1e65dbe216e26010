import { eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client';
import { programManagers, programs, sessions, users } from '../../src/server/db/schema';
import { createProgram } from '../../src/server/programs/create-program';
import { insertApiKey } from '../../src/server/api-keys/create-api-key';
import { toGlobalId } from '../../src/server/shared/ids';
import { randomToken } from '../../src/server/shared/tokens';

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(++sequence).toString(36)}`;

export async function createUser(db: Database, fields: { email?: string; name?: string; isNetworkReviewer?: boolean } = {}) {
  const [user] = await db
    .insert(users)
    .values({ email: fields.email ?? `user-${next()}@example.com`, name: fields.name ?? 'Test User', isNetworkReviewer: fields.isNetworkReviewer ?? false })
    .returning();
  return user;
}

/** A database session for the user, as Auth.js would create it: returns the Cookie header value. */
export async function signInAs(db: Database, userId: string): Promise<string> {
  const sessionToken = randomToken();
  await db.insert(sessions).values({ sessionToken, userId, expires: new Date(Date.now() + 86_400_000) });
  return `authjs.session-token=${sessionToken}`;
}

/** A program with its default group and one signed-in manager. */
export async function createProgramWithManager(db: Database, fields: { slug?: string; name?: string } = {}) {
  const manager = await createUser(db, { name: 'Pat Manager' });
  const program = await createProgram(db, {
    slug: fields.slug ?? `prog-${next()}`,
    name: fields.name ?? 'Test Program',
    websiteUrl: 'https://program.example',
    managerUserIds: [manager.id],
  });
  const cookie = await signInAs(db, manager.id);
  return { program, programId: toGlobalId('Program', program.id), manager, cookie };
}

export async function createApiKeyFor(db: Database, programId: string, name = 'Integration') {
  const [program] = await db.select().from(programs).where(eq(programs.id, programId));
  return insertApiKey(db, program, { name, createdById: null, expiresAt: null });
}

/** Makes an existing or new user a manager of the program too; returns the user. */
export async function addProgramManager(db: Database, programId: string, fields: { email?: string; name?: string } = {}) {
  const user = await createUser(db, { name: 'Second Manager', ...fields });
  await db.insert(programManagers).values({ programId, userId: user.id });
  return user;
}

/**
 * Closes a test app's database. Works around a race in openTestDatabase's Postgres close:
 * pool.end() resolves before its sockets have closed, so the forced DROP DATABASE that follows can
 * terminate a backend whose idle client then makes the pool emit an unhandled 'error' (57P01),
 * failing the file at random. Listening for pool errors while closing makes that harmless.
 */

