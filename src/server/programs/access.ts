import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { fromGlobalId } from '../shared/ids';
import { notFound } from '../shared/errors';

export type ProgramRow = typeof programs.$inferSelect;

/** A manager of the program, or an API key of it. */
export function canManageProgram(viewer: Viewer, programId: string): boolean {
  if (viewer.kind === 'user') return viewer.managedProgramIds.includes(programId);
  if (viewer.kind === 'apiKey') return viewer.apiKey.programId === programId;
  return false;
}

/**
 * The program behind a global id, if the viewer may manage it. Anyone else is told it does not
 * exist: a manager never learns of another program.
 */
export async function requireManagedProgram(db: Executor, viewer: Viewer, programGlobalId: string): Promise<ProgramRow> {
  const programId = fromGlobalId('Program', programGlobalId);
  if (!programId || !canManageProgram(viewer, programId)) throw notFound('Program');
  const [program] = await db.select().from(programs).where(eq(programs.id, programId)).limit(1);
  if (!program) throw notFound('Program');
  return program;
}

/** Wider than the slugs create-program allows, so it only turns away what cannot be one (NUL, huge). */
const SLUG_SHAPE = /^[a-z0-9-]{1,60}$/;

export async function requireManagedProgramBySlug(db: Executor, viewer: Viewer, slug: string): Promise<ProgramRow> {
  if (!SLUG_SHAPE.test(slug)) throw notFound('Program');
  const [program] = await db.select().from(programs).where(eq(programs.slug, slug)).limit(1);
  if (!program || !canManageProgram(viewer, program.id)) throw notFound('Program');
  return program;
}
