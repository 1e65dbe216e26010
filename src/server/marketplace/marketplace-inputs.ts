import { z } from 'zod';
import { marketplaceListingShape } from '../../shapes/network';

/** The marketplace's GraphQL inputs. The listing's shape is extended keeping its "what listing requires" check (an object, as the SDL input is). */
export const updateMarketplaceListingInput = marketplaceListingShape.safeExtend({ programId: z.string(), groupId: z.string().nullish() });
export const applyFromMarketplaceInput = z.object({ programId: z.string(), partnerId: z.string() });
