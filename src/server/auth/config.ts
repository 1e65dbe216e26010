import 'server-only';
import type { NextAuthConfig } from 'next-auth';
import { sql } from 'drizzle-orm';
import Resend from 'next-auth/providers/resend';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { Database } from '../db/client';
import { accounts, sessions, users, verificationTokens } from '../db/schema';
import { queueEmail, emailFrom } from '../email/outbox';
import { signInEmail } from '../email/templates';
import { kickEmailDelivery } from '../email/delivery';
import { signInEmailsDeliverable } from '../email/mode';
import { countSignInEmail } from '../limits/limit-sign-in';
import { authSecret } from './secret';
import { normalizeSignInAddress } from './sign-in-address';

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
        normalizeIdentifier: normalizeSignInAddress,
        // Every sign-in email passes here, whichever entry point asked for it: the per-address
        // limit is counted here so none can get around it. Over it (only a request that raced
        // past the entry point's check gets here) the email is dropped rather than thrown for:
        // Auth.js awaits this promise late, so a rejection would surface as an unhandled one.
        // With no provider and no mailbox the link would sit in the outbox for nobody: queue nothing.
        async sendVerificationRequest({ identifier, url }) {
          if (!signInEmailsDeliverable()) return;
          if (!(await countSignInEmail(db, identifier))) return;
          await queueEmail(db, identifier, signInEmail({ url, host: new URL(url).host }));
          kickEmailDelivery();
        },
      }),
    ],
  };
}
