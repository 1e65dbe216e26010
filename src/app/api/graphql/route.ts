import { createGraphQLHandler } from '@/server/graphql/server';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const handler = createGraphQLHandler();

export { handler as GET, handler as POST };
