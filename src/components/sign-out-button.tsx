import { signOut } from '@/server/auth/next-auth';

export function SignOutButton({ className = '' }: { className?: string }) {
  return (
    <form
      action={async () => {
        'use server';
        await signOut({ redirectTo: '/signin' });
      }}
    >
      <button type="submit" className={`text-sm font-semibold text-gray-600 hover:text-gray-900 ${className}`}>
        Sign out
      </button>
    </form>
  );
}
