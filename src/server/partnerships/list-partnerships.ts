import { and, count, desc, eq, lt, ne, or } from 'drizzle-orm';
import type { Database } from '../db/client';
import { partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireManagedProgram } from '../programs/access';
import { decodeCursor, pageSize, toConnection, type Connection } from '../shared/pagination';
import type { PartnershipRow } from './rules';

export interface ListPartnershipsArgs {
  programId: string;
  first?: number | null;
  after?: string | null;
}

/** All Partners: the program's partnerships that are not removed, newest first, by keyset. */
export async function listPartnerships(db: Database, viewer: Viewer, args: ListPartnershipsArgs): Promise<Connection<PartnershipRow>> {
  const program = await requireManagedProgram(db, viewer, args.programId);
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const listed = and(eq(partnerships.programId, program.id), ne(partnerships.status, 'REMOVED'));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(partnerships)
      .where(
        after
          ? and(listed, or(lt(partnerships.createdAt, after.createdAt), and(eq(partnerships.createdAt, after.createdAt), lt(partnerships.id, after.id))))
          : listed,
      )
      .orderBy(desc(partnerships.createdAt), desc(partnerships.id))
      .limit(size + 1),
    db.select({ total: count() }).from(partnerships).where(listed),
  ]);
  return toConnection(rows, size, total, after !== null);
}
