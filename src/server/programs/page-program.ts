import { cache } from 'react';
import { getDb } from '../db/bootstrap';
import { getPageViewer } from '../auth/page-viewer';
import { requireManagedProgramBySlug, type ProgramRow } from './access';

/**
 * The program a page under /programs/[slug] shows, authorised once per request: the layout and
 * any server component of the page that asks again share the one lookup.
 */
export const getPageProgram = cache(async (slug: string): Promise<ProgramRow> => requireManagedProgramBySlug(await getDb(), await getPageViewer(), slug));
