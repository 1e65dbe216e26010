import type { PartnershipFilter, PartnershipSort, PartnershipStatus } from '@/gql/graphql';

/** The All Partners view as it lives in the URL: shareable, and the back button restores it. */
export interface PartnersView {
  q: string;
  groups: string[];
  statuses: PartnershipStatus[];
  invited: '' | 'yes' | 'no';
  managers: string[];
  fields: Record<string, string>;
  from: string;
  to: string;
  sort: 'created' | 'name';
  dir: 'asc' | 'desc';
}

const STATUSES: PartnershipStatus[] = ['PENDING_CLAIM', 'PENDING_APPROVAL', 'ACTIVE', 'DECLINED'];

export function readView(params: URLSearchParams): PartnersView {
  const fields: Record<string, string> = {};
  for (const [name, value] of params) if (name.startsWith('cf.') && value) fields[name.slice(3)] = value;
  const invited = params.get('invited');
  return {
    q: params.get('q') ?? '',
    groups: params.getAll('group'),
    statuses: params.getAll('status').filter((s): s is PartnershipStatus => (STATUSES as string[]).includes(s)),
    invited: invited === 'yes' || invited === 'no' ? invited : '',
    managers: params.getAll('manager'),
    fields,
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: params.get('sort') === 'name' ? 'name' : 'created',
    dir: params.get('dir') === 'asc' ? 'asc' : params.get('dir') === 'desc' ? 'desc' : params.get('sort') === 'name' ? 'asc' : 'desc',
  };
}

export function writeView(view: PartnersView): string {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  view.groups.forEach((g) => params.append('group', g));
  view.statuses.forEach((s) => params.append('status', s));
  if (view.invited) params.set('invited', view.invited);
  view.managers.forEach((m) => params.append('manager', m));
  Object.entries(view.fields).forEach(([key, value]) => value && params.set(`cf.${key}`, value));
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.sort !== 'created') params.set('sort', view.sort);
  if (view.dir !== (view.sort === 'name' ? 'asc' : 'desc')) params.set('dir', view.dir);
  return params.toString();
}

/** The API filter for a view; a search shorter than 3 characters is not sent (the box says so). */
export function toFilter(view: PartnersView): PartnershipFilter {
  const day = (value: string, plus = 0) => {
    const d = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return null;
    d.setUTCDate(d.getUTCDate() + plus);
    return d.toISOString();
  };
  return {
    search: view.q.trim().length >= 3 ? view.q.trim() : null,
    groupIds: view.groups.length ? view.groups : null,
    statuses: view.statuses.length ? view.statuses : null,
    invited: view.invited === '' ? null : view.invited === 'yes',
    programManagerIds: view.managers.length ? view.managers : null,
    customFields: Object.entries(view.fields).map(([key, value]) => ({ key, values: [value] })),
    createdFrom: view.from ? day(view.from) : null,
    // "To" is inclusive of that day.
    createdTo: view.to ? day(view.to, 1) : null,
  };
}

export function toSort(view: PartnersView): PartnershipSort {
  return { field: view.sort === 'name' ? 'NAME' : 'CREATED_AT', direction: view.dir === 'asc' ? 'ASC' : 'DESC' };
}

export function isFiltered(view: PartnersView): boolean {
  return Boolean(view.q || view.groups.length || view.statuses.length || view.invited || view.managers.length || Object.keys(view.fields).length || view.from || view.to);
}
