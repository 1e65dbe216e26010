import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client';
import { imports } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireManagedProgramBySlug, type ProgramRow } from '../programs/access';
import { decodeCursor, pageSize, toConnection, type Connection } from '../shared/pagination';
import type { ImportRow } from './rules';

export async function listImports(db: Database, viewer: Viewer, programSlug: string, limit = 50) {
  const program = await requireManagedProgramBySlug(db, viewer, programSlug);
  return db.select().from(imports).where(eq(imports.programId, program.id)).orderBy(desc(imports.createdAt), desc(imports.id)).limit(limit);
}

/** A page of the program's imports, newest first, keyset over (createdAt, id): one statement. */
export async function importsPage(db: Executor, program: ProgramRow, args: { first?: number | null; after?: string | null }): Promise<Connection<ImportRow>> {
  const size = pageSize(args.first, 20);
  const after = decodeCursor(args.after);
  const rows = await db
    .select()
    .from(imports)
    .where(
      and(
        eq(imports.programId, program.id),
        after ? sql`(${imports.createdAt}, ${imports.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(size + 1);
  // ImportConnection has no totalCount: the page is all it reads.
  return toConnection(rows, size, 0, after !== null);
}
