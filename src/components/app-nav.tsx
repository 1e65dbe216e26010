'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
}

/** Side navigation; the current section is marked for screen readers too. */
export function AppNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex flex-col gap-1">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? 'page' : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium ${current ? 'bg-brand-50 text-brand-700' : 'text-gray-700 hover:bg-gray-100'}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
