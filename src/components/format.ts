const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit' };

/** Dates render the same on the server and in the browser (fixed locale and zone). */
export const formatDate = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString('en-GB', DATE) : '—');
export const formatTime = (iso: string | null | undefined) => (iso ? `${new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC` : '');
export const formatDateTime = (iso: string | null | undefined) => (iso ? `${new Date(iso).toLocaleString('en-GB', DATE_TIME)} UTC` : '—');

export const ACCESS_LEVEL_LABELS = { OWNER: 'Owner', ADMIN: 'Admin', FINANCE: 'Finance', MEMBER: 'Member' } as const;
export const ACCESS_LEVEL_HINTS = {
  OWNER: 'Full access to all elements of the partner account',
  ADMIN: 'Manages team settings and user permissions; cannot withdraw commissions',
  FINANCE: 'Exclusively manages and withdraws commissions',
  MEMBER: 'Basic access to promote',
} as const;
