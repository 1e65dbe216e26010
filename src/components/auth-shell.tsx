import type { ReactNode } from 'react';

/** The centred card used by sign-in and other pages reached from emailed links. */
export function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <p className="mb-6 text-xl font-bold text-brand-600">Partnerly</p>
      <div className="w-full max-w-md rounded-lg bg-white p-8 shadow-sm ring-1 ring-gray-200">
        <h1 className="mb-4 text-xl font-bold text-gray-900">{title}</h1>
        {children}
      </div>
    </main>
  );
}
