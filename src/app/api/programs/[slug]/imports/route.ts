import { getDb } from '@/server/db/bootstrap';
import { resolveViewer } from '@/server/auth/viewer';
import { requireManagedProgramBySlug } from '@/server/programs/access';
import { AccessError, invalid, InvalidInputError, unauthenticated } from '@/server/shared/errors';
import { RateLimitedError, rateLimitedResponse } from '@/server/limits/rate-limiter';
import { createImport, fileRefused } from '@/server/imports/create-import';
import { presentImport } from '@/server/imports/present-import';
import { importFilenameShape } from '@/server/imports/import-inputs';
import { CsvFileError, importMaxBytes, tooLarge } from '@/server/imports/read-csv';
import { spoolUpload, uploadedFile } from '@/server/imports/upload-body';
import { importRouteResponse, refusedResponse } from '@/server/imports/route-responses';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST /api/programs/<slug>/imports — uploads a partner file and makes a DRAFT import of it, for
 * a signed-in manager (the Imports page) or an API key of the program (Authorization: Bearer).
 * The body is the CSV file itself (name in ?filename= or X-Filename; ?encoding= to override the
 * detected one), or multipart/form-data with the file in a `file` field. It is streamed to a
 * temporary file as it arrives (never held whole in memory, refused as soon as it passes the
 * limit), then stored and checked in one short transaction.
 * Outside src/proxy.ts's matcher, which would buffer (and cut at 10 MB) any body it sees.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = await getDb();
  const maxBytes = importMaxBytes();
  try {
    const viewer = await resolveViewer(db, request.headers);
    if (viewer.kind === 'anonymous') throw unauthenticated();
    await requireManagedProgramBySlug(db, viewer, slug);
    // Refused before a byte is read when the client says how large it is.
    const declared = Number(request.headers.get('content-length') ?? NaN);
    const multipart = /^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '');
    if (Number.isFinite(declared) && declared > maxBytes + (multipart ? MULTIPART_OVERHEAD : 0)) {
      return importRouteResponse(request, refusedResponse(fileRefused('file', tooLarge(maxBytes))));
    }
    const file = await uploadedFile(request, maxBytes);
    // Before the body is read: a file without a name would be refused after the whole upload.
    const named = importFilenameShape.safeParse(file.filename ?? '');
    if (!named.success) throw invalid('filename', named.error.issues[0].message, named.error.issues[0].code === 'too_big' ? 'TOO_LONG' : 'REQUIRED');
    const spooled = await spoolUpload(file.source, maxBytes);
    try {
      await file.done();
      const created = await createImport(db, viewer, { programSlug: slug, filename: file.filename ?? '', source: spooled.source(), encoding: file.encoding });
      return importRouteResponse(request, Response.json({ import: presentImport(created) }, { status: 201 }));
    } finally {
      await spooled.remove();
    }
  } catch (error) {
    if (error instanceof RateLimitedError) return importRouteResponse(request, rateLimitedResponse(error));
    if (error instanceof CsvFileError) return importRouteResponse(request, refusedResponse(fileRefused('file', error)));
    if (error instanceof AccessError || error instanceof InvalidInputError) return importRouteResponse(request, refusedResponse(error));
    throw error;
  }
}

/** Room for a multipart body's boundaries and part headers around a file of the largest size. */
const MULTIPART_OVERHEAD = 64 * 1024;
