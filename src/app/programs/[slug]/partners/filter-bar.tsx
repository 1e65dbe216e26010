'use client';

import { graphql } from '@/gql';
import type { CustomFieldType, PartnersFilterBarProgramFragment as FilterBarProgram, PartnershipStatus, ProgramAssignmentChoicesFragment } from '@/gql/graphql';
import { COUNTRY_CHOICES } from '@/shapes/countries';
import { useUrlSearch } from '@/components/use-url-search';
import { filterControl as control, Labelled } from '@/components/ui/filter-controls';
import { isFiltered, readView, type PartnersView } from './filters';

/**
 * The program's custom fields the filters offer; their managers and groups come from
 * ProgramAssignmentChoices, spread beside this one by the page (a spread inside a fragment
 * counts as a level against the query depth limit).
 */
export const PartnersFilterBarProgramFragment = graphql(`
  fragment PartnersFilterBarProgram on Program {
    customFieldDefinitions(entity: PARTNERSHIP) {
      id
      key
      label
      type
      options
    }
  }
`);

const STATUS_OPTIONS: { value: PartnershipStatus; label: string }[] = [
  { value: 'ACTIVE', label: 'Active' },
  { value: 'PENDING_CLAIM', label: 'Awaiting claim' },
  { value: 'PENDING_APPROVAL', label: 'Awaiting approval' },
  { value: 'DECLINED', label: 'Declined' },
];

/** Fields with a short list of values filter by equality (a multiple-choice field: holding that option); free text is found with the search. */
const FILTERABLE_TYPES = new Set<CustomFieldType>(['SELECT', 'MULTI_SELECT', 'BOOLEAN', 'COUNTRY']);

function filterChoices(d: FilterBarProgram['customFieldDefinitions'][number]): { value: string; label: string }[] {
  if (d.type === 'BOOLEAN') return [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }];
  if (d.type === 'COUNTRY') return COUNTRY_CHOICES.map((c) => ({ value: c.code, label: c.name }));
  return d.options.map((o) => ({ value: o, label: o }));
}

/** Search and filters; every change is a new URL, so views can be shared and the back button works. */
export function FilterBar({ program, view, onChange }: { program: FilterBarProgram & ProgramAssignmentChoicesFragment; view: PartnersView; onChange: (next: PartnersView) => void }) {
  const { query, setQuery, tooShort } = useUrlSearch(view, onChange);

  const groups = program.groups.edges.map((e) => e.node);
  const filterFields = program.customFieldDefinitions.filter((d) => FILTERABLE_TYPES.has(d.type));
  // A shared or bookmarked view can name a field archived since: say so rather than show an unexplained empty list.
  const unknownFilters = Object.keys(view.fields).filter((k) => !program.customFieldDefinitions.some((d) => d.key === k));

  return (
    <div className="mb-4 space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-gray-200" role="search" aria-label="Search and filter partners">
      <div>
        <label htmlFor="partner-search" className="sr-only">
          Search partners
        </label>
        <input
          id="partner-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Search by partner, company, member name or email, partner key"
          aria-describedby="partner-search-hint"
          className={control}
        />
        <p id="partner-search-hint" className={`mt-1 text-xs ${tooShort ? 'text-amber-700' : 'text-gray-500'}`}>
          {tooShort ? 'Type at least 3 characters to search.' : 'Matches any part of a name, email or key, ignoring case.'}
        </p>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-6">
        <Labelled label="Group">
          <select className={control} value={view.groups[0] ?? ''} onChange={(e) => onChange({ ...view, groups: e.target.value ? [e.target.value] : [] })}>
            <option value="">All groups</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled label="Status">
          <select
            className={control}
            value={view.statuses[0] ?? ''}
            onChange={(e) => onChange({ ...view, statuses: e.target.value ? [e.target.value as PartnershipStatus] : [] })}
          >
            <option value="">Any status</option>
            {STATUS_OPTIONS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled label="Invited flag">
          <select className={control} value={view.invited} onChange={(e) => onChange({ ...view, invited: e.target.value as PartnersView['invited'] })}>
            <option value="">Any</option>
            <option value="yes">Invited</option>
            <option value="no">Not invited</option>
          </select>
        </Labelled>
        <Labelled label="Program manager">
          <select className={control} value={view.managers[0] ?? ''} onChange={(e) => onChange({ ...view, managers: e.target.value ? [e.target.value] : [] })}>
            <option value="">Anyone</option>
            {program.managers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name ?? m.email}
              </option>
            ))}
          </select>
        </Labelled>
        {filterFields.map((d) => (
          <Labelled key={d.key} label={d.label}>
            <select
              className={control}
              value={view.fields[d.key] ?? ''}
              onChange={(e) => {
                const fields = { ...view.fields };
                if (e.target.value) fields[d.key] = e.target.value;
                else delete fields[d.key];
                onChange({ ...view, fields });
              }}
            >
              <option value="">Any</option>
              {filterChoices(d).map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </Labelled>
        ))}
        <Labelled label="Created from">
          <input type="date" className={control} value={view.from} onChange={(e) => onChange({ ...view, from: e.target.value })} />
        </Labelled>
        <Labelled label="Created to">
          <input type="date" className={control} value={view.to} onChange={(e) => onChange({ ...view, to: e.target.value })} />
        </Labelled>
        <Labelled label="Sort by">
          <select
            className={control}
            value={`${view.sort}-${view.dir}`}
            onChange={(e) => {
              const [sort, dir] = e.target.value.split('-') as [PartnersView['sort'], PartnersView['dir']];
              onChange({ ...view, sort, dir });
            }}
          >
            <option value="created-desc">Newest first</option>
            <option value="created-asc">Oldest first</option>
            <option value="name-asc">Name A–Z</option>
            <option value="name-desc">Name Z–A</option>
          </select>
        </Labelled>
      </div>
      {unknownFilters.length > 0 && (
        <p className="text-sm text-amber-700" role="status">
          This view filters by {unknownFilters.map((k) => `“${k}”`).join(', ')}, which {unknownFilters.length === 1 ? 'is' : 'are'} not a field you can filter by now (archived or
          removed), so no partner matches.{' '}
          <button
            type="button"
            className="font-semibold text-brand-600 hover:underline"
            onClick={() => onChange({ ...view, fields: Object.fromEntries(Object.entries(view.fields).filter(([k]) => !unknownFilters.includes(k))) })}
          >
            Drop {unknownFilters.length === 1 ? 'that filter' : 'those filters'}
          </button>
        </p>
      )}
      {isFiltered(view) && (
        <button type="button" className="text-sm font-semibold text-brand-600 hover:underline" onClick={() => onChange({ ...readView(new URLSearchParams()), sort: view.sort, dir: view.dir })}>
          Clear search and filters
        </button>
      )}
    </div>
  );
}
