import { z } from 'zod';
import { marketplaceListingShape } from '../../shapes/network';

/** The marketplace's GraphQL inputs. */
export const updateMarketplaceListingInput = z.intersection(z.object({ programId: z.string(), groupId: z.string().nullish() }), marketplaceListingShape);
export const applyFromMarketplaceInput = z.object({ programId: z.string(), partnerId: z.string() });
