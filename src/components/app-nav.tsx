'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
  /** Shown after the label, e.g. an unread count (a client component that keeps itself current). */
  badge?: ReactNode;
}

/**
 * The item whose href is the longest prefix of the path: one item is current even when one href
 * (the area's home, e.g. /partner) is a prefix of the others (/partner/team).
 */
function currentHref(items: NavItem[], pathname: string): string | undefined {
  return items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .reduce<string | undefined>((best, item) => (best === undefined || item.href.length > best.length ? item.href : best), undefined);
}

/** Side navigation; the current section is marked for screen readers too. */
export function AppNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  const currentItem = currentHref(items, pathname);
  return (
    <nav aria-label={label} className="flex flex-col gap-1">
      {items.map((item) => {
        const current = item.href === currentItem;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? 'page' : undefined}
            className={`flex items-center rounded-md px-3 py-2 text-sm font-medium ${current ? 'bg-brand-50 text-brand-700' : 'text-gray-700 hover:bg-gray-100'}`}
          >
            {item.label}
            {item.badge}
          </Link>
        );
      })}
    </nav>
  );
}
