import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import type { ProgramRow } from './access';

export async function listManagedPrograms(db: Database, viewer: Viewer): Promise<ProgramRow[]> {
  if (viewer.kind !== 'user' || viewer.managedProgramIds.length === 0) return [];
  return db.select().from(programs).where(inArray(programs.id, viewer.managedProgramIds)).orderBy(asc(programs.name));
}
