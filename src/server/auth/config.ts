import type { NextAuthConfig } from 'next-auth';
import { sql } from 'drizzle-orm';
import Resend from 'next-auth/providers/resend';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { Database } from '../db/client';
import { accounts, sessions, users, verificationTokens } from '../db/schema';
import { queueEmail, emailFrom } from '../email/outbox';
import { signInEmail } from '../email/templates';
import { kickEmailDelivery } from '../email/delivery';
import { authSecret } from './secret';

export const SIGN_IN_LINK_MAX_AGE_SECONDS = 24 * 60 * 60;

/**
 * Email magic-link sign-in. The link goes through our outbox like every other email (the built-in
 * Resend provider would post to a fixed address and bypass it). Sessions live in the database, so
 * signing out or deleting a user ends them at once.
 */
export function buildAuthConfig(db: Database): NextAuthConfig {
  const adapter = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  } as Parameters<typeof DrizzleAdapter<Database>>[1]);
  // Emails are unique case-insensitively (users_email_lower_key) and Auth.js lowercases what is
  // typed; the adapter's exact match would miss "Ada@Acme.example" and then fail to create a duplicate.
  adapter.getUserByEmail = async (email) => {
    const [user] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
    return user ?? null;
  };
  return {
    adapter,
    secret: authSecret(),
    trustHost: true,
    session: { strategy: 'database', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin/error' },
    providers: [
      Resend({
        id: 'email',
        name: 'Email',
        apiKey: 'outbox',
        from: emailFrom(),
        maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
        async sendVerificationRequest({ identifier, url }) {
          await queueEmail(db, identifier, signInEmail({ url, host: new URL(url).host }));
          kickEmailDelivery();
        },
      }),
    ],
  };
}
