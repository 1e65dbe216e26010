/** The public address of the app, for links in emails and in the API. */
export function appUrl(): string {
  return (process.env.APP_URL ?? process.env.AUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}
