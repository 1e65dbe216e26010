/**
 * Operator commands: `npm run cli -- <command>`. Run them while the app is stopped when using the
 * embedded database (a PGlite directory is single-process). The scripts run tsx with
 * --conditions=react-server: the server entry modules it loads import `server-only`.
 */
import { eq } from 'drizzle-orm';
import { getDatabase } from '../server/db/bootstrap';
import { migrateDatabase, openDatabase } from '../server/db/client';
import { programs } from '../server/db/schema';
import { DEMO, seedDemo, seedGeneratedPartnerships } from '../server/db/seed';
import { insertApiKey } from '../server/api-keys/create-api-key';
import { dispatchDueEmails, resendTransport } from '../server/email/dispatcher';
import { InvalidInputError } from '../server/shared/errors';
import { setNetworkReviewer } from '../server/network/set-network-reviewer';

const USAGE = `Usage: npm run cli -- <command>

  db migrate                                   apply migrations in drizzle/
  db seed [--partners N] [--program SLUG]      seed the demo program (once); --partners adds N generated partnerships
  api-key create --program SLUG --name NAME [--expires-in-days N]
                                               create an API key; the key is printed once
  email dispatch                               deliver due outbox emails now (needs RESEND_API_KEY)
  reviewer add EMAIL                           make EMAIL a network reviewer (/admin/network); creates the account if needed
  reviewer remove EMAIL                        take the network reviewer role away from EMAIL
`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const [area, command, ...args] = argv;
  const key = `${area ?? ''} ${command ?? ''}`;
  if (key === 'db migrate') {
    const handle = await openDatabase();
    await migrateDatabase(handle);
    console.log(`Migrations applied (${handle.kind}).`);
    await handle.close();
    return;
  }
  // `db seed` opens the database without the app's seed-on-first-start, so it can say what it did.
  const handle = key === 'db seed' ? await openDatabase() : await getDatabase();
  try {
    switch (key) {
      case 'db seed': {
        await migrateDatabase(handle);
        const [existing] = await handle.db.select().from(programs).where(eq(programs.slug, DEMO.programSlug));
        if (existing) console.log(`The demo program "${existing.name}" is already seeded.`);
        else {
          await seedDemo(handle.db);
          console.log(`Seeded the demo program. Sign in as ${DEMO.managerEmail}.`);
        }
        const partners = option(args, 'partners');
        if (partners !== undefined) {
          const n = Number(partners);
          if (!Number.isInteger(n) || n < 1) fail('--partners must be a whole number of 1 or more.');
          const started = Date.now();
          await seedGeneratedPartnerships(handle.db, option(args, 'program') ?? DEMO.programSlug, n);
          console.log(`Added ${n} generated partnerships in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        }
        return;
      }
      case 'api-key create': {
        const slug = option(args, 'program');
        const name = option(args, 'name');
        if (!slug) fail('--program is required.');
        if (!name?.trim()) fail('--name is required.');
        const days = option(args, 'expires-in-days');
        if (days !== undefined && !(Number.isInteger(Number(days)) && Number(days) > 0)) fail('--expires-in-days must be a whole number of 1 or more.');
        const [program] = await handle.db.select().from(programs).where(eq(programs.slug, slug));
        if (!program) fail(`No program with slug "${slug}".`);
        const { apiKey, secret } = await insertApiKey(handle.db, program, {
          name: name.trim(),
          createdById: null,
          expiresAt: days ? new Date(Date.now() + Number(days) * 86_400_000) : null,
        });
        console.log(`Created API key "${apiKey.name}" for ${program.name}. It is shown only now:\n\n${secret}\n`);
        return;
      }
      case 'email dispatch': {
        const result = await dispatchDueEmails(handle.db, await resendTransport());
        console.log(`Sent ${result.sent}, will retry ${result.retried}, failed ${result.failed}.`);
        return;
      }
      case 'reviewer add':
      case 'reviewer remove': {
        const email = args[0];
        if (!email) fail(`reviewer ${command} needs an email address.`);
        const adding = command === 'add';
        const change = await setNetworkReviewer(handle.db, email, adding);
        if (change.unchanged) console.log(`${change.email} ${adding ? 'is already' : 'is not'} a network reviewer.`);
        else if (adding) console.log(`${change.email} is now a network reviewer${change.created ? ' (a new account: they sign in with this address)' : ''}. The queue is at /admin/network.`);
        else console.log(`${change.email} is no longer a network reviewer.`);
        return;
      }
      default:
        fail(area ? `Unknown command: ${argv.join(' ')}` : 'No command given.');
    }
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof InvalidInputError) console.error(error.userErrors.map((e) => e.message).join('\n'));
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
