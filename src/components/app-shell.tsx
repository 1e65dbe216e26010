import Link from 'next/link';
import type { ReactNode } from 'react';
import { AppNav, type NavItem } from './app-nav';
import { SignOutButton } from './sign-out-button';

/** The signed-in layout shared by the program-manager and partner areas. */
export function AppShell({
  area,
  title,
  nav,
  userEmail,
  children,
}: {
  area: string;
  title: string;
  nav: NavItem[];
  userEmail: string;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-60 shrink-0 flex-col border-r border-gray-200 bg-white px-4 py-6">
        <Link href="/" className="px-3 text-lg font-bold text-brand-600">
          Partnerly
        </Link>
        <div className="mt-6 px-3">
          <p className="text-xs font-medium uppercase tracking-wide text-gray-500">{area}</p>
          <p className="truncate text-sm font-semibold text-gray-900" data-testid="area-title">
            {title}
          </p>
        </div>
        <div className="mt-4">
          <AppNav items={nav} label={area} />
        </div>
        <div className="mt-auto border-t border-gray-200 px-3 pt-4">
          <p className="truncate text-xs text-gray-500" title={userEmail} data-testid="signed-in-as">
            {userEmail}
          </p>
          <SignOutButton className="mt-1" />
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-8 py-8">
        <div className="mx-auto max-w-5xl">{children}</div>
      </main>
    </div>
  );
}
