import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { users } from '../db/schema';
import { invalid } from '../shared/errors';
import { z } from 'zod';

const emailShape = z.string().trim().toLowerCase().email();

export interface ReviewerChange {
  email: string;
  /** The person had no account yet: one was made for them (they sign in with this address). */
  created: boolean;
  /** Whether the flag was already as asked. */
  unchanged: boolean;
}

/**
 * An operator makes someone a network reviewer (`npm run cli -- reviewer add`), creating the
 * account when the address has none, or takes the role away (`reviewer remove`). Reviewers are
 * platform staff: nobody grants the role from inside the app.
 */
export async function setNetworkReviewer(db: Database, rawEmail: string, isReviewer: boolean): Promise<ReviewerChange> {
  const parsed = emailShape.safeParse(rawEmail);
  if (!parsed.success) throw invalid('email', `"${rawEmail}" is not an email address.`);
  const email = parsed.data;
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(users).where(sql`lower(${users.email}) = ${email}`);
    if (!existing) {
      if (!isReviewer) throw invalid('email', `No user has the email ${email}: nobody to remove.`);
      await tx.insert(users).values({ email, isNetworkReviewer: true });
      return { email, created: true, unchanged: false };
    }
    if (existing.isNetworkReviewer === isReviewer) return { email: existing.email, created: false, unchanged: true };
    await tx.update(users).set({ isNetworkReviewer: isReviewer }).where(eq(users.id, existing.id));
    return { email: existing.email, created: false, unchanged: false };
  });
}
