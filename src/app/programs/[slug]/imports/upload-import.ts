'use client';

/** What uploading a file to the import route came to. */
export type UploadOutcome = { ok: true; importId: string } | { ok: false; messages: string[] };

interface RouteAnswer {
  import?: { id?: string } | null;
  userErrors?: { message?: string }[];
}

const UNEXPECTED = 'The upload did not go through. Check your connection and try again.';

/**
 * Sends the file as the request body to POST /api/programs/<slug>/imports (the browser streams it
 * from disk; the GraphQL body is capped at 1 MB). XMLHttpRequest rather than fetch because only it
 * reports upload progress.
 */
export function uploadImportFile(slug: string, file: File, onProgress: (sent: number, total: number) => void): { done: Promise<UploadOutcome>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadOutcome>((resolve) => {
    xhr.open('POST', `/api/programs/${encodeURIComponent(slug)}/imports?filename=${encodeURIComponent(file.name)}`);
    xhr.responseType = 'text';
    xhr.setRequestHeader('content-type', file.type || 'text/csv');
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onerror = () => resolve({ ok: false, messages: [UNEXPECTED] });
    xhr.onabort = () => resolve({ ok: false, messages: ['The upload was stopped.'] });
    xhr.onload = () => resolve(readAnswer(xhr.status, xhr.responseText));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

function readAnswer(status: number, body: string): UploadOutcome {
  let answer: RouteAnswer | null = null;
  try {
    answer = JSON.parse(body) as RouteAnswer;
  } catch {
    // Not JSON: a proxy's error page, or a server error; said below by status.
  }
  const messages = (answer?.userErrors ?? []).flatMap((e) => (e.message ? [e.message] : []));
  if (messages.length > 0) return { ok: false, messages };
  if (status >= 200 && status < 300 && answer?.import?.id) return { ok: true, importId: answer.import.id };
  if (status === 401) return { ok: false, messages: ['Your session has ended. Sign in again and upload the file once more.'] };
  if (status === 403 || status === 404) return { ok: false, messages: ['You cannot import into this program.'] };
  if (status === 413) return { ok: false, messages: ['The file is larger than an import accepts. Split it into smaller CSV files and import them one after the other.'] };
  if (status === 429) return { ok: false, messages: ['Too many requests just now. Wait a minute and upload the file again.'] };
  return { ok: false, messages: [UNEXPECTED] };
}
