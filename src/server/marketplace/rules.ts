import type { MarketplaceStanding } from '../graphql/resolvers-types.generated';
import type { networkProfiles } from '../db/schema';
import type { QuestionType } from '../../shapes/application-form';

/** Where a partner stands with a listed program (the GraphQL enum's values, named once). */
export const MARKETPLACE_STANDING = {
  CAN_APPLY: 'CAN_APPLY',
  NOT_NETWORK_APPROVED: 'NOT_NETWORK_APPROVED',
  NETWORK_PENDING: 'NETWORK_PENDING',
  NETWORK_DECLINED: 'NETWORK_DECLINED',
  APPLIED: 'APPLIED',
  IN_PROGRAM: 'IN_PROGRAM',
  REMOVED: 'REMOVED',
  NOT_ALLOWED: 'NOT_ALLOWED',
} as const satisfies Record<MarketplaceStanding, MarketplaceStanding>;

/** Shortest marketplace search: one letter would match nearly every program. */
export const MARKETPLACE_SEARCH_MIN_LENGTH = 2;

/** Where a partner applies to the network (the network area's page). */
export const NETWORK_PROFILE_PATH = '/partner/network';

type Profile = typeof networkProfiles.$inferSelect;

/**
 * Which questions of an application form a network profile answers, by the question's key: the
 * custom field's key, or for a form's own question its label as a key ("Company name" →
 * company_name). A COUNTRY question takes the profile's first country whatever its key. Anything
 * else is left for the partner to tell the program (a required one is marked missing). The answer
 * goes through the form's own checks, so a value the question does not accept (a choice not in
 * its options) is left out, not stored.
 */
export const PROFILE_ANSWERS: Record<string, (p: Profile) => string | null> = {
  website: (p) => p.website,
  website_url: (p) => p.website,
  url: (p) => p.website,
  company: (p) => p.companyName,
  company_name: (p) => p.companyName,
  country: (p) => p.countries[0] ?? null,
  countries: (p) => p.countries[0] ?? null,
  description: (p) => p.description,
  about: (p) => p.description,
};

export const questionKey = (q: { fieldKey: string | null; label: string }) =>
  (q.fieldKey ?? q.label)
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** The profile's answer to one question, as text the form's checks read, or null. */
export function profileAnswer(profile: Profile, q: { fieldKey: string | null; label: string; type: QuestionType }): string | null {
  const byKey = PROFILE_ANSWERS[questionKey(q)];
  if (byKey) return byKey(profile);
  if (q.type === 'COUNTRY') return profile.countries[0] ?? null;
  return null;
}
