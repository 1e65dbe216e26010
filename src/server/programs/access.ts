import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
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
 * exist: a manager never learns of another program. Read through `db` (a transaction's own
 * snapshot in a use case); a read in a GraphQL request uses loadManagedProgram instead.
 */
export function requireManagedProgram(db: Executor, viewer: Viewer, programGlobalId: string): Promise<ProgramRow> {
  return loadManagedProgram(createProgramLoaders(db), viewer, programGlobalId);
}

/** Wider than the slugs create-program allows, so it only turns away what cannot be one (NUL, huge). */
const SLUG_SHAPE = /^[a-z0-9-]{1,60}$/;

export function requireManagedProgramBySlug(db: Executor, viewer: Viewer, slug: string): Promise<ProgramRow> {
  return loadManagedProgramBySlug(createProgramLoaders(db), viewer, slug);
}

/**
 * Program rows for one request, by id and by slug. Each primes the other, so a program named by
 * its slug (program(slug)) and then by its id (partnerships(programId)) is read once.
 */
export function createProgramLoaders(db: Executor) {
  const programBySlug: DataLoader<string, ProgramRow | null> = new DataLoader(async (slugs) => {
    const rows = await db.select().from(programs).where(inArray(programs.slug, [...slugs]));
    for (const row of rows) programById.prime(row.id, row);
    const found = new Map(rows.map((r) => [r.slug, r]));
    return slugs.map((slug) => found.get(slug) ?? null);
  });
  const programById: DataLoader<string, ProgramRow | null> = new DataLoader(async (ids) => {
    const rows = await db.select().from(programs).where(inArray(programs.id, [...ids]));
    for (const row of rows) programBySlug.prime(row.slug, row);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
  return { programById, programBySlug };
}

export type ProgramLoaders = ReturnType<typeof createProgramLoaders>;

/** requireManagedProgram for a read in a request: a program already authorised in it costs no statement. */
export async function loadManagedProgram(loaders: ProgramLoaders, viewer: Viewer, programGlobalId: string): Promise<ProgramRow> {
  const programId = fromGlobalId('Program', programGlobalId);
  if (!programId || !canManageProgram(viewer, programId)) throw notFound('Program');
  const program = await loaders.programById.load(programId);
  if (!program) throw notFound('Program');
  return program;
}

/** requireManagedProgramBySlug for a read in a request, sharing the request's program rows. */
export async function loadManagedProgramBySlug(loaders: ProgramLoaders, viewer: Viewer, slug: string): Promise<ProgramRow> {
  if (!SLUG_SHAPE.test(slug)) throw notFound('Program');
  const program = await loaders.programBySlug.load(slug);
  if (!program || !canManageProgram(viewer, program.id)) throw notFound('Program');
  return program;
}
