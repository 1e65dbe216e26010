import { z } from 'zod';
import { networkProfileShape } from '../../shapes/network';

/** The network area's GraphQL inputs. */
export const updateNetworkProfileInput = networkProfileShape.extend({ partnerId: z.string() });
export const applyToNetworkInput = z.object({ partnerId: z.string() });
export const decideNetworkApplicationInput = z.object({
  applicationId: z.string(),
  reason: z.string().trim().max(1000, 'Use at most 1,000 characters.').nullish(),
});
