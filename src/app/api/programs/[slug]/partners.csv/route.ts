import { getDb } from '@/server/db/bootstrap';
import { resolveViewer } from '@/server/auth/viewer';
import { requireManagedProgramBySlug } from '@/server/programs/access';
import { partnershipsCsv } from '@/server/exports/partnerships-csv';
import { AccessError, httpStatusOf } from '@/server/shared/errors';
import { rateLimitedResponse, RateLimitedError } from '@/server/limits/rate-limiter';
import { withApiKeyUsageHeaders } from '@/server/limits/api-key-usage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /api/programs/<slug>/partners.csv — the all-partner export, for a signed-in manager (the
 * button on All Partners) or an API key of the program (Authorization: Bearer <key>).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = await getDb();
  let program;
  try {
    program = await requireManagedProgramBySlug(db, await resolveViewer(db, request.headers), slug);
  } catch (error) {
    if (error instanceof RateLimitedError) return rateLimitedResponse(error);
    if (error instanceof AccessError) {
      return Response.json({ error: { code: error.code, message: error.message } }, { status: httpStatusOf(error) });
    }
    throw error;
  }
  const lines = partnershipsCsv(db, program);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    // Pull-based: the next batch is read only when the client has taken the previous one.
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  const response = new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${program.slug}-partners-${date}.csv"`,
      'cache-control': 'no-store',
    },
  });
  return withApiKeyUsageHeaders(request.headers, response);
}
