import { AuthShell } from './auth-shell';

/** Shown instead of a page reached from an emailed or shared link when the visitor's network is over its limit. */
export function TooManyAttempts({ message }: { message: string }) {
  return (
    <AuthShell title="Too many attempts">
      <p className="text-sm text-gray-600" role="status" data-testid="rate-limited">
        {message}
      </p>
    </AuthShell>
  );
}
