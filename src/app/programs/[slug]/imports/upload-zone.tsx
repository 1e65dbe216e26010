'use client';

import { useId, useRef, useState, type DragEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Card, ErrorNotice } from '@/components/ui/feedback';
import { ProgressBar } from '@/components/ui/progress';
import { fileSize } from './import-status';
import { uploadImportFile } from './upload-import';

type State = { step: 'idle' } | { step: 'uploading'; name: string; sent: number; total: number; abort: () => void } | { step: 'opening'; name: string } | { step: 'failed'; name: string; messages: string[] };

/**
 * "Import partners": drop a CSV file on the zone or choose one; it is uploaded with a progress bar
 * and the import's own page opens, where the columns are checked before anything is written.
 */
export function UploadZone({ slug, maxBytes }: { slug: string; maxBytes: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [over, setOver] = useState(false);
  const busy = state.step === 'uploading' || state.step === 'opening';

  async function upload(file: File) {
    if (busy) return;
    if (file.size > maxBytes) {
      setState({ step: 'failed', name: file.name, messages: [`The file is ${fileSize(file.size)}, larger than the ${fileSize(maxBytes)} an import accepts. Split it into smaller CSV files and import them one after the other.`] });
      return;
    }
    const { done, abort } = uploadImportFile(slug, file, (sent, total) => setState({ step: 'uploading', name: file.name, sent, total, abort }));
    setState({ step: 'uploading', name: file.name, sent: 0, total: file.size, abort });
    const outcome = await done;
    if (!outcome.ok) {
      setState({ step: 'failed', name: file.name, messages: outcome.messages });
      return;
    }
    setState({ step: 'opening', name: file.name });
    router.push(`/programs/${slug}/imports/${encodeURIComponent(outcome.importId)}`);
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void upload(file);
  };

  return (
    <Card className="mb-6 p-5">
      <h2 className="text-base font-semibold text-gray-900">Import partners</h2>
      <p className="mt-1 max-w-3xl text-sm text-gray-600">
        Upload a CSV export of your partners, from another service or a spreadsheet. You check how its columns are read and a preview of every row before anything is imported.
      </p>
      <div
        data-testid="upload-zone"
        onDragOver={(event) => {
          event.preventDefault();
          if (!busy) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`mt-4 rounded-lg border-2 border-dashed px-6 py-8 text-center transition-colors ${over ? 'border-brand-600 bg-brand-50' : 'border-gray-300 bg-gray-50'}`}
      >
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
          aria-label="CSV file to import"
          className="sr-only"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void upload(file);
          }}
        />
        <p className="text-sm text-gray-700">Drag a CSV file here, or</p>
        <Button className="mt-2" aria-describedby={hintId} disabled={busy} onClick={() => input.current?.click()}>
          Choose a CSV file
        </Button>
        <div id={hintId} className="mt-3 space-y-0.5 text-xs text-gray-500">
          <p>
            <span className="font-semibold text-gray-700">CSV up to {fileSize(maxBytes)}</span>, with a header row naming the columns (at least the partners’ email addresses).
          </p>
          <p>
            Columns separated by commas, semicolons, tabs or pipes; text in <span className="whitespace-nowrap">UTF-8</span>, <span className="whitespace-nowrap">UTF-16</span> or{' '}
            <span className="whitespace-nowrap">Windows-1252</span>.
          </p>
        </div>
      </div>
      <div aria-live="polite" className="mt-3 space-y-2">
        {state.step === 'uploading' && (
          <div data-testid="upload-progress">
            <div className="mb-1 flex items-center justify-between gap-3 text-sm">
              <span className="truncate text-gray-700">Uploading {state.name}…</span>
              <button type="button" className="text-sm font-semibold text-brand-600 hover:underline" onClick={state.abort}>
                Stop
              </button>
            </div>
            <ProgressBar
              value={state.sent}
              max={state.total}
              label={`Upload of ${state.name}`}
              caption={`${fileSize(state.sent)} of ${fileSize(state.total)} (${state.total > 0 ? Math.round((state.sent / state.total) * 100) : 0}%)`}
            />
          </div>
        )}
        {state.step === 'opening' && <p className="text-sm text-gray-700">Uploaded {state.name}. Reading its columns…</p>}
        {state.step === 'failed' && (
          <ErrorNotice title={`${state.name} cannot be imported.`}>
            {state.messages.map((message) => (
              <p key={message} data-testid="upload-error">
                {message}
              </p>
            ))}
          </ErrorNotice>
        )}
      </div>
    </Card>
  );
}
