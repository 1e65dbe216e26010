import { getDb } from '@/server/db/bootstrap';
import { downloadRows } from '@/server/imports/download-rows';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/programs/<slug>/imports/<import id>/problems.csv — the rows a DRAFT import's check finds problems in, with a reason column (see downloadRows). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  return downloadRows(await getDb(), request, slug, id, 'problems');
}
