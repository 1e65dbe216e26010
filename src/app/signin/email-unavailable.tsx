/** Shown instead of the sign-in form when this server has no way to deliver a sign-in email. */
export function SignInEmailUnavailable() {
  return (
    <div role="status" data-testid="sign-in-unavailable" className="rounded-md bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-amber-200">
      <p className="font-semibold">Sign-in emails cannot be sent on this server</p>
      <p className="mt-1">
        Partnerly signs you in with an emailed link, and this server has no email provider configured. Ask the person who runs it to
        set RESEND_API_KEY (see “Running in production” in the README); no sign-in link has been sent.
      </p>
    </div>
  );
}
