import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import * as schema from '../src/server/db/schema';
import { apiKeys, auditEvents, emailOutbox, programs } from '../src/server/db/schema';
import { toGlobalId } from '../src/server/shared/ids';
import { startTestApp, type TestApp } from './support/app';
import { addProgramManager, createApiKeyFor, createProgramWithManager, createUser, signInAs } from './support/factories';

const OwnProgram = graphql(`
  query TestApiKeyOwnProgram {
    program { slug }
  }
`);

const ProgramBySlug = graphql(`
  query TestApiKeyProgramBySlug($slug: String!) {
    program(slug: $slug) { slug name }
  }
`);

const ApiKeyViewer = graphql(`
  query TestApiKeyViewer {
    viewer { user { email } apiKey { name } programs { slug } }
  }
`);

const CreateApiKey = graphql(`
  mutation TestCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey { id name prefix expiresAt revokedAt active }
      userErrors { field message code }
    }
  }
`);

const RevokeApiKey = graphql(`
  mutation TestRevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey { id revokedAt active }
      userErrors { field message code }
    }
  }
`);

const ListApiKeys = graphql(`
  query TestApiKeys($programId: ID!) {
    apiKeys(programId: $programId) { id name prefix active revokedAt expiresAt lastUsedAt }
  }
`);

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('authenticating with an API key', () => {
  it('reads its own program without a slug and identifies itself as the viewer', async () => {
    const { program } = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, program.id, 'Zapier sync');

    const own = await app.gql(OwnProgram, {}, { bearer: secret });
    expect(own.status).toBe(200);
    expect(own.errors).toBeUndefined();
    expect(own.data?.program).toEqual({ slug: program.slug });

    const viewer = await app.gql(ApiKeyViewer, {}, { bearer: secret });
    expect(viewer.data?.viewer).toEqual({ user: null, apiKey: { name: 'Zapier sync' }, programs: [{ slug: program.slug }] });
  });

  it('records when a key was last used', async () => {
    const { program } = await createProgramWithManager(app.db);
    const { apiKey, secret } = await createApiKeyFor(app.db, program.id);
    expect(apiKey.lastUsedAt).toBeNull();
    await app.gql(OwnProgram, {}, { bearer: secret });
    const [row] = await app.db.select().from(apiKeys).where(eq(apiKeys.id, apiKey.id));
    expect(row.lastUsedAt).toBeInstanceOf(Date);
    expect(Math.abs(row.lastUsedAt!.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('answers 401 UNAUTHENTICATED once a manager revokes the key', async () => {
    const { program, cookie } = await createProgramWithManager(app.db);
    const { apiKey, secret } = await createApiKeyFor(app.db, program.id);
    expect((await app.gql(OwnProgram, {}, { bearer: secret })).data?.program?.slug).toBe(program.slug);

    const revoked = await app.gql(RevokeApiKey, { input: { id: toGlobalId('ApiKey', apiKey.id) } }, { cookie });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data?.revokeApiKey.apiKey).toMatchObject({ active: false, revokedAt: expect.any(String) });
    const events = await app.db.select().from(auditEvents).where(eq(auditEvents.subjectId, apiKey.id));
    expect(events.map((e) => e.action)).toEqual(['api_key.revoked']);

    const res = await app.gql(OwnProgram, {}, { bearer: secret });
    expect(res.status).toBe(401);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toMatch(/not valid/);

    // Revoking again changes nothing and records nothing.
    const again = await app.gql(RevokeApiKey, { input: { id: toGlobalId('ApiKey', apiKey.id) } }, { cookie });
    expect(again.data?.revokeApiKey.apiKey?.revokedAt).toBe(revoked.data?.revokeApiKey.apiKey?.revokedAt);
    expect(await app.db.select().from(auditEvents).where(eq(auditEvents.subjectId, apiKey.id))).toHaveLength(1);
  });

  it('answers 401 UNAUTHENTICATED for an expired key and for an unknown one', async () => {
    const { program } = await createProgramWithManager(app.db);
    const { apiKey, secret } = await createApiKeyFor(app.db, program.id);
    await app.db.update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, apiKey.id));
    for (const bearer of [secret, `ptly_${'x'.repeat(43)}`]) {
      const res = await app.gql(OwnProgram, {}, { bearer });
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it.each([['Token abc'], ['Bearer'], ['Bearer a b'], ['Basic dXNlcjpwYXNz']])(
    'answers 401 UNAUTHENTICATED for the malformed Authorization header %j',
    async (authorization) => {
      const response = await app.fetchGraphQL('/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ viewer { isNetworkReviewer } }' }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(/Authorization header must be "Bearer <API key>"|not valid/);
    },
  );

  it("gets NOT_FOUND when asking for another program's slug, the same as for a slug that does not exist", async () => {
    const mine = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db, { name: 'Other Program' });
    const { secret } = await createApiKeyFor(app.db, mine.program.id);
    const theirs = await app.gql(ProgramBySlug, { slug: other.program.slug }, { bearer: secret });
    const nobody = await app.gql(ProgramBySlug, { slug: 'no-such-program' }, { bearer: secret });
    for (const res of [theirs, nobody]) {
      expect(res.data?.program ?? null).toBeNull();
      expect(res.errors?.[0]).toMatchObject({ message: 'Program not found.', extensions: { code: 'NOT_FOUND' } });
    }
    const own = await app.gql(ProgramBySlug, { slug: mine.program.slug }, { bearer: secret });
    expect(own.data?.program?.slug).toBe(mine.program.slug);
  });

  it('tells a caller with no credentials to authenticate on a protected field', async () => {
    const { program, programId } = await createProgramWithManager(app.db);
    const bySlug = await app.gql(ProgramBySlug, { slug: program.slug }, {});
    expect(bySlug.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const list = await app.gql(ListApiKeys, { programId }, {});
    expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(list.data ?? null).toBeNull();
  });
});

describe('createApiKey', () => {
  it('returns the secret once, stores only its sha256, and emails every manager of the program', async () => {
    const { program, programId, manager, cookie } = await createProgramWithManager(app.db, { name: 'Key Program' });
    const second = await addProgramManager(app.db, program.id);
    const outsider = await createProgramWithManager(app.db);

    const res = await app.gql(CreateApiKey, { input: { programId, name: ' CRM sync ', expiresInDays: 30 } }, { cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createApiKey.userErrors).toEqual([]);
    const secret = res.data!.createApiKey.secret!;
    expect(secret).toMatch(/^ptly_[A-Za-z0-9_-]{43}$/);
    const created = res.data!.createApiKey.apiKey!;
    expect(created).toMatchObject({ name: 'CRM sync', prefix: secret.slice(0, 12), revokedAt: null, active: true });
    const expiresIn = new Date(created.expiresAt!).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(29.9 * 86_400_000);
    expect(expiresIn).toBeLessThanOrEqual(30 * 86_400_000);

    // The database has the hash and a short prefix, never the key itself.
    const rows = await app.db.select().from(apiKeys).where(eq(apiKeys.programId, program.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].keyHash).toBe(sha256(secret));
    expect(rows[0].createdById).toBe(manager.id);
    // Both drivers answer execute() with { rows }.
    const rawRow = (await app.db.execute(sql`select * from api_keys where program_id = ${program.id}`)) as unknown as { rows: unknown[] };
    const rowText = JSON.stringify(rawRow.rows);
    expect(rowText).toContain(sha256(secret));
    expect(rowText).not.toContain(secret);
    expect(rowText).not.toContain(secret.slice(12));

    // The key works, and nothing can show the secret again.
    expect((await app.gql(OwnProgram, {}, { bearer: secret })).data?.program?.slug).toBe(program.slug);
    const listed = await app.fetchGraphQL('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'query ($p: ID!) { apiKeys(programId: $p) { id name prefix active lastUsedAt } }', variables: { p: programId } }),
    });
    expect(await listed.text()).not.toContain(secret);

    // Every manager (and only they) is told; the email names the key but does not contain it.
    const mails = await app.db.select().from(emailOutbox).where(eq(emailOutbox.programId, program.id));
    expect(mails.map((m) => m.toAddress).sort()).toEqual([manager.email, second.email].sort());
    for (const mail of mails) {
      expect(mail).toMatchObject({ template: 'api-key-created', status: 'PENDING', subject: 'A new API key was created for Key Program' });
      expect(mail.text).toContain('"CRM sync"');
      expect(mail.text).toContain(secret.slice(0, 12));
      expect(mail.text + mail.html).not.toContain(secret);
    }
    const outsiderMail = await app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, outsider.manager.email));
    expect(outsiderMail).toEqual([]);

    const events = await app.db.select().from(auditEvents).where(eq(auditEvents.subjectId, rows[0].id));
    expect(events).toEqual([
      expect.objectContaining({ action: 'api_key.created', actorUserId: manager.id, data: { name: 'CRM sync', prefix: secret.slice(0, 12) } }),
    ]);
  });

  it('creates a key that does not expire when expiresInDays is left out', async () => {
    const { programId, cookie } = await createProgramWithManager(app.db);
    const res = await app.gql(CreateApiKey, { input: { programId, name: 'Forever' } }, { cookie });
    expect(res.data?.createApiKey.apiKey).toMatchObject({ name: 'Forever', expiresAt: null, active: true });
  });

  it('refuses an API key: keys cannot mint keys', async () => {
    const { program, programId } = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, program.id);
    const res = await app.gql(CreateApiKey, { input: { programId, name: 'Child key' } }, { bearer: secret });
    expect(res.data?.createApiKey ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.db.select().from(apiKeys).where(eq(apiKeys.programId, program.id))).toHaveLength(1);
    expect(await app.db.select().from(emailOutbox).where(eq(emailOutbox.programId, program.id))).toEqual([]);
  });

  it('refuses anonymous callers and signed-in people who manage nothing, and hides other programs from managers', async () => {
    const { program, programId } = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    const nobody = await signInAs(app.db, (await createUser(app.db)).id);
    const cases: [Parameters<TestApp['gql']>[2], string][] = [
      [{}, 'UNAUTHENTICATED'],
      [{ cookie: nobody }, 'FORBIDDEN'],
      [{ cookie: other.cookie }, 'NOT_FOUND'],
    ];
    for (const [caller, code] of cases) {
      const res = await app.gql(CreateApiKey, { input: { programId, name: 'Nope' } }, caller);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await app.db.select().from(apiKeys).where(eq(apiKeys.programId, program.id))).toEqual([]);
  });

  it.each([
    [{ name: '' }, ['name'], 'REQUIRED'],
    [{ name: '   ' }, ['name'], 'REQUIRED'],
    [{ name: 'x'.repeat(81) }, ['name'], 'TOO_LONG'],
    [{ name: 'Ok', expiresInDays: 0 }, ['expiresInDays'], 'OUT_OF_RANGE'],
    [{ name: 'Ok', expiresInDays: 3651 }, ['expiresInDays'], 'OUT_OF_RANGE'],
  ])('rejects %j with a userError on %j and writes nothing', async (fields, field, code) => {
    const { program, programId, cookie } = await createProgramWithManager(app.db);
    const res = await app.gql(CreateApiKey, { input: { programId, ...fields } }, { cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createApiKey).toEqual({
      secret: null,
      apiKey: null,
      userErrors: [{ field, code, message: expect.any(String) }],
    });
    expect(await app.db.select().from(apiKeys).where(eq(apiKeys.programId, program.id))).toEqual([]);
    expect(await app.db.select().from(emailOutbox).where(eq(emailOutbox.programId, program.id))).toEqual([]);
    expect(await app.db.select().from(auditEvents).where(eq(auditEvents.programId, program.id))).toEqual([]);
  });
});

describe('apiKeys', () => {
  it("lists the program's keys newest first with whether each still works", async () => {
    const { program, programId, cookie } = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    await createApiKeyFor(app.db, other.program.id, 'Not mine');
    const live = await createApiKeyFor(app.db, program.id, 'Live');
    const expired = await createApiKeyFor(app.db, program.id, 'Expired');
    const revoked = await createApiKeyFor(app.db, program.id, 'Revoked');
    // Distinct creation times so the order is defined.
    const base = Date.now() - 60_000;
    await app.db.update(apiKeys).set({ createdAt: new Date(base) }).where(eq(apiKeys.id, live.apiKey.id));
    await app.db.update(apiKeys).set({ createdAt: new Date(base + 1000), expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, expired.apiKey.id));
    await app.db.update(apiKeys).set({ createdAt: new Date(base + 2000) }).where(eq(apiKeys.id, revoked.apiKey.id));
    await app.gql(RevokeApiKey, { input: { id: toGlobalId('ApiKey', revoked.apiKey.id) } }, { cookie });

    const res = await app.gql(ListApiKeys, { programId }, { cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data?.apiKeys.map((k) => [k.name, k.active, k.prefix])).toEqual([
      ['Revoked', false, revoked.secret.slice(0, 12)],
      ['Expired', false, expired.secret.slice(0, 12)],
      ['Live', true, live.secret.slice(0, 12)],
    ]);
    expect(res.data?.apiKeys[0].revokedAt).toEqual(expect.any(String));
    expect(res.data?.apiKeys[2]).toMatchObject({ revokedAt: null, expiresAt: null });
  });

  it('is for managers only: an API key gets FORBIDDEN', async () => {
    const { program, programId } = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, program.id);
    const res = await app.gql(ListApiKeys, { programId }, { bearer: secret });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("does not let a manager revoke another program's key", async () => {
    const mine = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    const { apiKey, secret } = await createApiKeyFor(app.db, other.program.id);
    const res = await app.gql(RevokeApiKey, { input: { id: toGlobalId('ApiKey', apiKey.id) } }, { cookie: mine.cookie });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(OwnProgram, {}, { bearer: secret })).data?.program?.slug).toBe(other.program.slug);
  });
});

describe('the api-key create command', () => {
  it('prints a new ptly_ key for the auto-seeded embedded database and stores only its hash', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerly-cli-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, PARTNERLY_DATA_DIR: dataDir, NODE_OPTIONS: '' };
      delete env.DATABASE_URL;
      const { stdout } = await promisify(execFile)(
        path.join(process.cwd(), 'node_modules', '.bin', 'tsx'),
        ['--conditions=react-server', 'src/cli/index.ts', 'api-key', 'create', '--program', 'acme', '--name', 'CLI key'],
        { cwd: process.cwd(), env, timeout: 50_000 },
      );
      expect(stdout).toContain('Created API key "CLI key" for Acme.');
      const secrets = stdout.match(/ptly_[A-Za-z0-9_-]+/g);
      expect(secrets).toHaveLength(1);
      const secret = secrets![0];
      expect(secret).toMatch(/^ptly_[A-Za-z0-9_-]{43}$/);

      // The process has exited, so its PGlite directory can be opened here.
      const { createPGlite } = await import('../src/server/db/client');
      const { drizzle } = await import('drizzle-orm/pglite');
      const client = await createPGlite(path.join(dataDir, 'pglite'));
      try {
        const db = drizzle(client, { schema });
        const rows = await db
          .select({ name: apiKeys.name, keyHash: apiKeys.keyHash, prefix: apiKeys.prefix, slug: programs.slug, createdById: apiKeys.createdById })
          .from(apiKeys)
          .innerJoin(programs, eq(programs.id, apiKeys.programId));
        expect(rows).toEqual([{ name: 'CLI key', keyHash: sha256(secret), prefix: secret.slice(0, 12), slug: 'acme', createdById: null }]);
        const raw = await client.query('select * from api_keys');
        expect(JSON.stringify(raw.rows)).not.toContain(secret);
      } finally {
        await client.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
