import { desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { applications, groups } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireManagedProgramBySlug } from '../programs/access';

/** The program's applications, newest first, with the group each applied to. */
export async function listApplications(db: Database, viewer: Viewer, programSlug: string, limit = 100) {
  const program = await requireManagedProgramBySlug(db, viewer, programSlug);
  return db
    .select({
      id: applications.id,
      email: applications.email,
      source: applications.source,
      status: applications.status,
      missingFields: applications.missingFields,
      createdAt: applications.createdAt,
      groupName: groups.name,
    })
    .from(applications)
    .innerJoin(groups, eq(groups.id, applications.groupId))
    .where(eq(applications.programId, program.id))
    .orderBy(desc(applications.createdAt))
    .limit(limit);
}
