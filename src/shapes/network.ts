import { z } from 'zod';
import { httpUrl } from './groups';
import { isCountryCode } from './countries';

/**
 * The network's fixed vocabularies, shared by the partner's profile form, the reviewers' queue,
 * the marketplace's category filter and the server's checks. Pure: the browser imports it too.
 */

export const AUDIENCE_SIZES = [
  { value: 'UNDER_1K', label: 'Under 1,000 people a month' },
  { value: 'FROM_1K_TO_10K', label: '1,000 to 10,000' },
  { value: 'FROM_10K_TO_100K', label: '10,000 to 100,000' },
  { value: 'FROM_100K_TO_1M', label: '100,000 to 1 million' },
  { value: 'OVER_1M', label: 'Over 1 million' },
] as const;
export type AudienceSizeValue = (typeof AUDIENCE_SIZES)[number]['value'];

export const PROMOTION_METHODS = [
  { value: 'CONTENT', label: 'Blog and content' },
  { value: 'SOCIAL', label: 'Social media' },
  { value: 'VIDEO', label: 'Video and streaming' },
  { value: 'EMAIL', label: 'Email newsletter' },
  { value: 'PAID_ADS', label: 'Paid advertising' },
  { value: 'COUPONS', label: 'Coupons and deals' },
  { value: 'REVIEWS', label: 'Reviews and comparisons' },
  { value: 'COMMUNITY', label: 'Community and forums' },
  { value: 'EVENTS', label: 'Events and webinars' },
  { value: 'RESELLING', label: 'Reselling' },
  { value: 'CONSULTING', label: 'Consulting and services' },
  { value: 'INTEGRATIONS', label: 'Technology integrations' },
] as const;
export type PromotionMethodValue = (typeof PROMOTION_METHODS)[number]['value'];

/** Categories of partners' profiles and of listed programs (the marketplace filter). */
export const NETWORK_CATEGORIES = [
  'Analytics',
  'Developer tools',
  'E-commerce',
  'Education',
  'Finance',
  'Health',
  'HR and recruiting',
  'Marketing',
  'Productivity',
  'Sales',
  'Security',
  'Travel',
] as const;
export type NetworkCategory = (typeof NETWORK_CATEGORIES)[number];


const methodValues = PROMOTION_METHODS.map((m) => m.value) as [PromotionMethodValue, ...PromotionMethodValue[]];

/** A network profile as the partner submits it: checked the same in the form and on the server. */
export const networkProfileShape = z.object({
  companyName: z.string().trim().min(1, 'Enter the company name.').max(120, 'Use at most 120 characters.'),
  website: httpUrl,
  logoUrl: httpUrl.nullish(),
  description: z.string().trim().min(20, 'Describe the partner in at least 20 characters.').max(2000, 'Use at most 2,000 characters.'),
  audienceSize: z.enum(AUDIENCE_SIZES.map((a) => a.value) as [AudienceSizeValue, ...AudienceSizeValue[]], { message: 'Choose the audience size.' }),
  promotionMethods: z
    .array(z.enum(methodValues, { message: 'Choose promotion methods from the list.' }))
    .min(1, 'Choose at least one promotion method.')
    .max(methodValues.length)
    .transform((list) => [...new Set(list)]),
  countries: z
    .array(z.string().trim().toUpperCase().refine(isCountryCode, 'Use a country from the list (ISO code such as DE).'))
    .min(1, 'Choose at least one country.')
    .max(250)
    .transform((list) => [...new Set(list)]),
  categories: z
    .array(z.enum(NETWORK_CATEGORIES, { message: 'Choose categories from the list.' }))
    .min(1, 'Choose at least one category.')
    .max(3, 'Choose at most 3 categories.')
    .transform((list) => [...new Set(list)]),
});
export type NetworkProfileValues = z.infer<typeof networkProfileShape>;

/** A program's marketplace listing: what listing requires is checked only when listed. */
export const marketplaceListingShape = z
  .object({
    listed: z.boolean(),
    description: z.string().trim().max(300, 'Use at most 300 characters.').nullish(),
    category: z.enum(NETWORK_CATEGORIES, { message: 'Choose a category from the list.' }).nullish(),
    logoUrl: httpUrl.nullish(),
  })
  .superRefine((v, ctx) => {
    if (!v.listed) return;
    if (!v.description) ctx.addIssue({ code: 'custom', path: ['description'], message: 'Describe the program for partners before listing it.' });
    if (!v.category) ctx.addIssue({ code: 'custom', path: ['category'], message: 'Choose a category before listing the program.' });
  });
