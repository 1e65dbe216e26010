export { commissionRate, groupName, httpUrl } from '../../shapes/groups';
import { randomToken } from '../shared/tokens';

/** Join links are public by design (shared on websites), so the token is stored as is. */
export const newJoinToken = () => randomToken(12);
