import { handlers } from '@/server/auth/next-auth';
import { withRequestHost } from '@/server/auth/request-host';
import { withSignInLimits } from '@/server/limits/limit-sign-in';

export const runtime = 'nodejs';
export const GET = withRequestHost(handlers.GET);
// The plain HTTP sign-in (POST /api/auth/signin/email) gets the same address rule and limits as the form.
export const POST = withSignInLimits(withRequestHost(handlers.POST));
