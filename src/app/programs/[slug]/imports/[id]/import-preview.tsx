'use client';

import { graphql } from '@/gql';
import type { ImportPreviewFieldsFragment, ImportRowAction } from '@/gql/graphql';
import { Badge, Card } from '@/components/ui/feedback';
import { ImportCounts } from '../import-counts';
import { count, rowCount } from '../import-status';

export const ImportPreviewFields = graphql(`
  fragment ImportPreviewFields on ImportPreview {
    totalRows
    createCount
    updateCount
    skipCount
    failCount
    problemCount
    rows {
      line
      action
      email
      firstName
      lastName
      company
      partnerKey
      group
      managerEmail
      customFields {
        key
        label
        value
      }
      problems {
        column
        message
      }
    }
    problems {
      line
      column
      message
    }
  }
`);

const ACTION: Record<ImportRowAction, { label: string; tone: 'green' | 'brand' | 'gray' | 'red' }> = {
  CREATE: { label: 'Create', tone: 'green' },
  UPDATE: { label: 'Update', tone: 'brand' },
  SKIP: { label: 'Skip', tone: 'gray' },
  FAIL: { label: 'Not imported', tone: 'red' },
};

const dash = <span className="text-gray-400">—</span>;

/** The full check of a draft: counts, the first rows as they will be imported, and the problems by line. */
export function ImportPreview({ preview: p, problemRowsUrl }: { preview: ImportPreviewFieldsFragment; problemRowsUrl: string }) {
  const withFields = p.rows.some((r) => r.customFields.length > 0);
  return (
    <div className="space-y-4" data-testid="import-preview">
      <ImportCounts
        label="What the import will do"
        items={[
          { label: 'Will be created', value: p.createCount, tone: 'green', testId: 'preview-create' },
          { label: 'Will be updated', value: p.updateCount, tone: 'brand', testId: 'preview-update' },
          { label: 'Skipped (already in the program)', value: p.skipCount, tone: 'gray', testId: 'preview-skip' },
          { label: 'Rows with problems', value: p.failCount, tone: 'red', testId: 'preview-fail' },
        ]}
      />
      {p.problemCount > 0 && (
        <Card className="p-5" >
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h3 className="text-sm font-semibold text-gray-900">Problems</h3>
              <p className="mt-1 text-sm text-gray-600">
                {p.problemCount === p.problems.length
                  ? `${count(p.problemCount)} problem${p.problemCount === 1 ? '' : 's'} in ${rowCount(p.failCount)}. These rows are left out; the others import.`
                  : `The first ${count(p.problems.length)} of ${count(p.problemCount)} problems, in ${rowCount(p.failCount)}. These rows are left out; the others import.`}
              </p>
            </div>
            <a href={problemRowsUrl} download className="text-sm font-semibold text-brand-600 hover:underline">
              Download problem rows (CSV)
            </a>
          </div>
          {/* A long list scrolls inside the card (and by keyboard: it takes focus), so the rows below stay in reach. */}
          <ul tabIndex={0} aria-label="Problems by line" className="mt-3 max-h-80 divide-y divide-gray-100 overflow-y-auto pr-2 text-sm" data-testid="preview-problems">
            {p.problems.map((problem, n) => (
              <li key={`${problem.line}:${n}`} className="flex flex-wrap gap-x-3 py-2" data-testid="preview-problem">
                <span className="w-16 shrink-0 font-medium tabular-nums text-gray-900">Line {problem.line}</span>
                {problem.column && <span className="shrink-0 text-gray-500">{problem.column}</span>}
                <span className="min-w-0 flex-1 text-gray-800">{problem.message}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card className="overflow-hidden">
        <div className="p-5 pb-3">
          <h3 className="text-sm font-semibold text-gray-900">The first rows as they will be imported</h3>
          <p className="mt-1 text-sm text-gray-600">A partner key left empty is made from the name on creation (an update keeps the current one).</p>
        </div>
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="preview-rows">
            <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
              <tr>
                <th scope="col" className="px-4 py-3">Line</th>
                <th scope="col" className="px-4 py-3">Action</th>
                <th scope="col" className="px-4 py-3">Partner</th>
                <th scope="col" className="px-4 py-3">Partner key</th>
                <th scope="col" className="px-4 py-3">Group</th>
                <th scope="col" className="px-4 py-3">Manager</th>
                {withFields && <th scope="col" className="px-4 py-3">Custom fields</th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 bg-white">
              {p.rows.map((r) => {
                const name = [r.firstName, r.lastName].filter(Boolean).join(' ');
                return (
                  <tr key={r.line} data-testid="preview-row">
                    <td className="px-4 py-3 align-top tabular-nums text-gray-500">{r.line}</td>
                    <td className="px-4 py-3 align-top">
                      <Badge tone={ACTION[r.action].tone}>{ACTION[r.action].label}</Badge>
                    </td>
                    <td className="px-4 py-3 align-top">
                      <div className="font-medium text-gray-900">{name || r.email || dash}</div>
                      <div className="text-xs text-gray-500">{[r.company, name ? r.email : null].filter(Boolean).join(' · ')}</div>
                    </td>
                    {r.action === 'FAIL' ? (
                      <td colSpan={withFields ? 4 : 3} className="px-4 py-3 align-top text-red-700">
                        {r.problems.map((problem, n) => (
                          <div key={n}>{problem.message}</div>
                        ))}
                      </td>
                    ) : r.action === 'SKIP' ? (
                      <td colSpan={withFields ? 4 : 3} className="px-4 py-3 align-top text-gray-500">
                        Already in the program: left as it is.
                      </td>
                    ) : (
                      <>
                        <td className="px-4 py-3 align-top">{r.partnerKey ? <code className="text-xs">{r.partnerKey}</code> : <span className="whitespace-nowrap text-xs text-gray-400">from the name</span>}</td>
                        <td className="px-4 py-3 align-top">{r.group ?? dash}</td>
                        <td className="px-4 py-3 align-top">{r.managerEmail ?? dash}</td>
                        {withFields && (
                          <td className="px-4 py-3 align-top text-xs text-gray-600">
                            {r.customFields.length === 0
                              ? dash
                              : r.customFields.map((f) => (
                                  <div key={f.key}>
                                    <span className="text-gray-500">{f.label}:</span> {f.value}
                                  </div>
                                ))}
                          </td>
                        )}
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
