import { eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client';
import { networkProfiles, partners } from '../../src/server/db/schema';

/**
 * A partner's network standing as the network area leaves it, for marketplace tests (the network's
 * own use cases are tested there): an optional profile and the partner's networkStatus.
 */
export async function setNetworkStanding(
  db: Database,
  partnerId: string,
  status: 'NONE' | 'PENDING' | 'APPROVED' | 'DECLINED',
  profile: Partial<typeof networkProfiles.$inferInsert> | null = {},
) {
  if (profile) {
    await db
      .insert(networkProfiles)
      .values({
        partnerId,
        companyName: 'Acme Media',
        website: 'https://acme-media.example',
        description: 'We review developer tools for a large audience.',
        audienceSize: 'FROM_10K_TO_100K',
        promotionMethods: ['CONTENT'],
        countries: ['DE', 'FR'],
        categories: ['Developer tools'],
        ...profile,
      })
      .onConflictDoNothing();
  }
  await db.update(partners).set({ networkStatus: status }).where(eq(partners.id, partnerId));
}
