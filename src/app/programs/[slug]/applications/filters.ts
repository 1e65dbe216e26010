import type { ApplicationFilter, ApplicationSort, ApplicationSource, ApplicationStatus } from '@/gql/graphql';

/** The Applications view as it lives in the URL: shareable, and the back button restores it. */
export interface ApplicationsView {
  status: ApplicationStatus;
  q: string;
  group: string;
  source: ApplicationSource | '';
  sort: ApplicationSort;
}

export const STATUSES: ApplicationStatus[] = ['PENDING', 'APPROVED', 'DECLINED'];
export const SOURCE_LABELS: Record<ApplicationSource, string> = { JOIN_LINK: 'Join link', MARKETPLACE: 'Marketplace' };

export function readView(params: URLSearchParams): ApplicationsView {
  const status = params.get('status');
  const source = params.get('source');
  return {
    status: STATUSES.find((s) => s === status) ?? 'PENDING',
    q: params.get('q') ?? '',
    group: params.get('group') ?? '',
    source: source === 'JOIN_LINK' || source === 'MARKETPLACE' ? source : '',
    sort: params.get('sort') === 'oldest' ? 'OLDEST' : 'NEWEST',
  };
}

export function writeView(view: ApplicationsView): string {
  const params = new URLSearchParams();
  if (view.status !== 'PENDING') params.set('status', view.status);
  if (view.q) params.set('q', view.q);
  if (view.group) params.set('group', view.group);
  if (view.source) params.set('source', view.source);
  if (view.sort === 'OLDEST') params.set('sort', 'oldest');
  return params.toString();
}

/** The filter without the tab: the counts of every tab follow it. A search under 3 characters is not sent (the box says so). */
export function toFilter(view: ApplicationsView): ApplicationFilter {
  return {
    status: view.status,
    search: view.q.trim().length >= 3 ? view.q.trim() : null,
    groupId: view.group || null,
    source: view.source || null,
  };
}

export function isFiltered(view: ApplicationsView): boolean {
  return Boolean(view.q || view.group || view.source);
}
