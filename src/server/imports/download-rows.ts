import type { Database } from '../db/client';
import { resolveViewer } from '../auth/viewer';
import { RateLimitedError, rateLimitedResponse } from '../limits/rate-limiter';
import { AccessError, notFound, unauthenticated } from '../shared/errors';
import { requireManagedImport } from './access';
import { failedRowsCsv, problemRowsCsv } from './row-downloads';
import { importRouteResponse, refusedResponse } from './route-responses';
import { IMPORT_STATUS } from './rules';

export type RowsDownload = 'problems' | 'failed';

/**
 * GET …/imports/<id>/problems.csv and …/failed.csv, with the upload's auth (a manager's session or
 * an API key of the program). The file is made as it is sent: a batch is read only when the client
 * has taken the one before, so no download holds all its rows.
 */
export async function downloadRows(db: Database, request: Request, slug: string, importId: string, kind: RowsDownload): Promise<Response> {
  let found;
  try {
    const viewer = await resolveViewer(db, request.headers);
    if (viewer.kind === 'anonymous') throw unauthenticated();
    found = await requireManagedImport(db, viewer, importId);
    // The import is named under its own program's address only.
    if (found.program.slug !== slug) throw notFound('Import');
  } catch (error) {
    if (error instanceof RateLimitedError) return importRouteResponse(request, rateLimitedResponse(error));
    if (error instanceof AccessError) return importRouteResponse(request, refusedResponse(error));
    throw error;
  }
  if (kind === 'problems' && found.importRow.status !== IMPORT_STATUS.DRAFT) {
    // Its file may be gone, and its mapping is what the run used: the failed rows tell what went wrong.
    const message = 'The problem rows are checked before an import starts; download its failed rows (failed.csv) instead.';
    return importRouteResponse(request, Response.json({ userErrors: [{ field: ['importId'], message, code: 'CONFLICT' }] }, { status: 409 }));
  }
  const { importRow, program } = found;
  const lines = kind === 'problems' ? problemRowsCsv(db, program, importRow) : failedRowsCsv(db, importRow);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // The headers are sent: a broken file (or mapping) can only cut the download short.
        console.error('[imports] download failed', error);
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const base = importRow.filename.replace(/\.(csv|txt|tsv)$/i, '').replace(/[^\w.-]+/g, '-').slice(0, 80) || 'import';
  return importRouteResponse(
    request,
    new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${base}-${kind === 'problems' ? 'problem-rows' : 'failed-rows'}.csv"`,
        'cache-control': 'no-store',
      },
    }),
  );
}
