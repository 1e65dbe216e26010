import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { groups, programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { requireManagedProgram, type ProgramRow } from '../programs/access';
import { updateMarketplaceListingInput } from './marketplace-inputs';

const LISTING = ['listedInMarketplace', 'marketplaceDescription', 'marketplaceCategory', 'marketplaceLogoUrl', 'marketplaceGroupId'] as const;

/**
 * A program manager (or the program's API key) lists the program in the marketplace, edits its
 * listing, or unlists it. Listing needs a description and a category (the shared shape says so);
 * the program becomes "newest" when it is listed, not when its texts change. Unlisting keeps the
 * texts, so listing again is one switch. Applicants go to a group of this program, or the default.
 */
export async function updateMarketplaceListing(db: Database, viewer: Viewer, rawInput: unknown): Promise<ProgramRow> {
  const input = parseInput(updateMarketplaceListingInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.programId);
    let groupId: string | null = null;
    if (input.groupId) {
      const id = fromGlobalId('Group', input.groupId);
      const [group] = id ? await tx.select({ id: groups.id }).from(groups).where(and(eq(groups.id, id), eq(groups.programId, program.id))) : [];
      if (!group) throw invalid('groupId', 'Choose one of this program’s groups.');
      groupId = group.id;
    }
    const next = {
      listedInMarketplace: input.listed,
      // Unlisting sends no texts: the listing's texts stay for the next time it is listed.
      marketplaceDescription: input.listed || input.description !== undefined ? input.description || null : program.marketplaceDescription,
      marketplaceCategory: input.listed || input.category !== undefined ? (input.category ?? null) : program.marketplaceCategory,
      marketplaceLogoUrl: input.listed || input.logoUrl !== undefined ? (input.logoUrl ?? null) : program.marketplaceLogoUrl,
      marketplaceGroupId: input.listed || input.groupId !== undefined ? groupId : program.marketplaceGroupId,
    };
    const changed = LISTING.filter((k) => next[k] !== program[k]);
    if (changed.length === 0) return program;
    const becomesListed = input.listed && !program.listedInMarketplace;
    const [updated] = await tx
      .update(programs)
      .set({ ...next, ...(becomesListed && { listedAt: new Date() }) })
      .where(eq(programs.id, program.id))
      .returning();
    await recordEvent(tx, viewer, {
      programId: program.id,
      action: becomesListed ? 'program.listed' : program.listedInMarketplace && !input.listed ? 'program.unlisted' : 'program.listing_updated',
      subjectType: 'Program',
      subjectId: program.id,
      data: { before: Object.fromEntries(changed.map((k) => [k, program[k]])), after: Object.fromEntries(changed.map((k) => [k, updated[k]])) },
    });
    return updated;
  });
}
