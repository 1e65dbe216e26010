import type { ReactNode } from 'react';
import { Badge, Card } from '@/components/ui/feedback';

export interface MarketplaceCardProgram {
  name: string;
  description: string;
  category: string;
  logoUrl: string | null;
  websiteUrl: string;
}

/** A listed program as partners see it in /marketplace; the settings' preview shows the same card. */
export function MarketplaceCard({ program, children }: { program: MarketplaceCardProgram; children?: ReactNode }) {
  const host = hostOf(program.websiteUrl);
  return (
    <Card className="flex h-full flex-col gap-3 p-5">
      <div className="flex items-start gap-3">
        {program.logoUrl ? (
          // A manager's own logo URL on any host: next/image would need every host configured.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={program.logoUrl} alt="" className="h-12 w-12 flex-none rounded-md object-contain ring-1 ring-gray-200" />
        ) : (
          <span aria-hidden="true" className="flex h-12 w-12 flex-none items-center justify-center rounded-md bg-brand-50 text-lg font-semibold text-brand-700">
            {program.name.trim()[0]?.toUpperCase() ?? '?'}
          </span>
        )}
        <div className="min-w-0">
          <h3 className="truncate text-base font-semibold text-gray-900">{program.name}</h3>
          <Badge tone="brand">{program.category}</Badge>
        </div>
      </div>
      <p className="flex-1 text-sm whitespace-pre-line text-gray-700">{program.description}</p>
      {host && (
        <a href={program.websiteUrl} target="_blank" rel="noopener noreferrer" className="text-sm text-brand-700 hover:underline">
          {host}
        </a>
      )}
      {children}
    </Card>
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
