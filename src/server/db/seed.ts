import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from './client';
import { customFieldDefinitions, groups, invites, networkProfiles, partnerMembers, partners, partnerships, programManagers, programs, users } from './schema';
import { ANONYMOUS, type Viewer } from '../auth/viewer';
import { createProgram } from '../programs/create-program';
import { createPartner, type FirstTeamMember } from '../partners/create-partner';
import { openPartnership, openPartnershipsInBulk, type OpeningStatus } from '../partnerships/open-partnership';
import { removePartners } from '../partnerships/remove-partners';
import { recordDeclinedPartnership } from '../partnerships/decline-partnership';
import { PARTNERSHIP_STATUS } from '../partnerships/rules';
import { MEMBER_STATUS } from '../members/rules';
import { INVITE_STATUS } from '../invites/rules';
import { NETWORK_STATUS } from '../partners/rules';
import { toGlobalId } from '../shared/ids';
import { insertSelect } from '../shared/insert-select';
import { newJoinToken } from '../groups/rules';
import { hashToken, randomToken } from '../shared/tokens';
import { updateMarketplaceListing } from '../marketplace/update-marketplace-listing';

export const DEMO = {
  programSlug: 'acme',
  managerEmail: 'manager@acme.example',
  secondManagerEmail: 'max@acme.example',
  reviewerEmail: 'reviewer@partnerly.example',
  partnerOwnerEmail: 'owner@northwind.example',
  /** Owner of Contoso, a network partner that is in no program yet: add them to see the "connect an existing partner" flow. */
  networkPartnerOwnerEmail: 'owner@contoso.example',
} as const;

type PartnershipStatus = (typeof partnerships.$inferInsert)['status'];
type AccessLevel = NonNullable<(typeof partnerMembers.$inferInsert)['accessLevel']>;

interface DemoPartner {
  company: string;
  key: string;
  status: PartnershipStatus;
  group: 'Default' | 'Resellers';
  claimed: boolean;
  linksDeactivated?: boolean;
  fields: Record<string, unknown>;
  members: { email: string; first: string; last: string; level: AccessLevel; role?: string; user?: boolean }[];
}

const DEMO_PARTNERS: DemoPartner[] = [
  {
    company: 'Northwind Traders',
    key: 'noranorth',
    status: PARTNERSHIP_STATUS.ACTIVE,
    group: 'Default',
    claimed: true,
    fields: { tier: 'Gold', geography: 'North America', industry: 'Retail' },
    members: [
      { email: DEMO.partnerOwnerEmail, first: 'Nora', last: 'North', level: 'OWNER', role: 'Partner manager', user: true },
      { email: 'finance@northwind.example', first: 'Frank', last: 'Ledger', level: 'FINANCE', role: 'Accounts' },
      { email: 'sam@northwind.example', first: 'Sam', last: 'Seller', level: 'MEMBER', role: 'Sales rep' },
    ],
  },
  {
    company: 'Wayne Resellers',
    key: 'brucewayne',
    status: PARTNERSHIP_STATUS.ACTIVE,
    group: 'Resellers',
    claimed: true,
    fields: { tier: 'Silver', geography: 'Europe', industry: 'Software' },
    members: [{ email: 'bruce@wayne.example', first: 'Bruce', last: 'Wayne', level: 'OWNER', role: 'Reseller' }],
  },
  {
    company: 'Globex Partners',
    key: 'gracehopper',
    status: PARTNERSHIP_STATUS.PENDING_CLAIM,
    group: 'Default',
    claimed: false,
    fields: { tier: 'Bronze', geography: 'APAC', industry: 'Consulting' },
    members: [
      { email: 'grace@globex.example', first: 'Grace', last: 'Hopper', level: 'OWNER', role: 'Integration specialist' },
      { email: 'alan@globex.example', first: 'Alan', last: 'Turing', level: 'ADMIN' },
    ],
  },
  {
    company: 'Initech Consulting',
    key: 'peterg',
    status: PARTNERSHIP_STATUS.PENDING_APPROVAL,
    group: 'Resellers',
    claimed: true,
    fields: { tier: 'Silver', geography: 'North America', industry: 'Consulting' },
    members: [{ email: 'peter@initech.example', first: 'Peter', last: 'Gibbons', level: 'OWNER', role: 'Solo affiliate', user: true }],
  },
  {
    company: 'Umbrella Media',
    key: 'alicewong',
    status: PARTNERSHIP_STATUS.DECLINED,
    group: 'Default',
    claimed: true,
    fields: { tier: 'Bronze', geography: 'LATAM', industry: 'Media' },
    members: [{ email: 'alice@umbrella.example', first: 'Alice', last: 'Wong', level: 'OWNER' }],
  },
  {
    company: 'Hooli Affiliates',
    key: 'gavinb',
    status: PARTNERSHIP_STATUS.REMOVED,
    group: 'Default',
    claimed: true,
    linksDeactivated: true,
    fields: { tier: 'Bronze', geography: 'North America', industry: 'Technology' },
    members: [{ email: 'gavin@hooli.example', first: 'Gavin', last: 'Belson', level: 'OWNER' }],
  },
  {
    company: 'Stark Solutions',
    key: 'tonystark',
    status: PARTNERSHIP_STATUS.REMOVED,
    group: 'Resellers',
    claimed: true,
    fields: { tier: 'Gold', geography: 'Europe', industry: 'Manufacturing' },
    members: [{ email: 'tony@stark.example', first: 'Tony', last: 'Stark', level: 'OWNER' }],
  },
];

async function upsertUser(tx: Executor, email: string, name: string, isNetworkReviewer = false): Promise<string> {
  const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${email})`);
  if (existing) return existing.id;
  const [created] = await tx.insert(users).values({ email, name, isNetworkReviewer }).returning({ id: users.id });
  return created.id;
}

/** The demo program "Acme": managers, two groups, custom fields and a partner in every status. */
export async function seedDemo(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const managerId = await upsertUser(tx, DEMO.managerEmail, 'Ada Manager');
    const secondManagerId = await upsertUser(tx, DEMO.secondManagerEmail, 'Max Manager');
    await upsertUser(tx, DEMO.reviewerEmail, 'Rita Reviewer', true);
    const program = await createProgram(tx, {
      slug: DEMO.programSlug,
      name: 'Acme',
      websiteUrl: 'https://acme.example',
      managerUserIds: [managerId, secondManagerId],
    });
    await tx.update(programs).set({ linkParameters: 'utm_source=partners&utm_content={partner_key}' }).where(eq(programs.id, program.id));
    const [defaultGroup] = await tx.select().from(groups).where(eq(groups.programId, program.id));
    const [resellers] = await tx
      .insert(groups)
      .values({
        programId: program.id,
        name: 'Resellers',
        joinToken: newJoinToken(),
        destinationUrl: 'https://acme.example/resellers',
        commissionRate: '25.00',
        applicationFormEnabled: true,
        welcomeEmailSubject: 'Welcome to the Acme reseller program',
        welcomeEmailBody: 'Your reseller links and 25% commission are ready in your dashboard.',
        // Same transaction as the default group: a millisecond later keeps Default listed first.
        createdAt: sql`now() + interval '1 millisecond'`,
      })
      .returning();
    await tx.update(groups).set({ commissionRate: '20.00' }).where(eq(groups.id, defaultGroup.id));
    const groupIds = { Default: defaultGroup.id, Resellers: resellers.id };

    await tx.insert(customFieldDefinitions).values([
      {
        programId: program.id,
        entity: 'PARTNERSHIP',
        key: 'tier',
        label: 'Tier',
        helpText: 'Set at the yearly partner review; Gold partners get co-marketing.',
        type: 'SELECT',
        options: ['Gold', 'Silver', 'Bronze'],
        position: 1,
      },
      {
        programId: program.id,
        entity: 'PARTNERSHIP',
        key: 'geography',
        label: 'Geography',
        helpText: 'The region the partner mainly sells in.',
        type: 'SELECT',
        options: ['North America', 'Europe', 'APAC', 'LATAM'],
        required: true,
        position: 2,
      },
      { programId: program.id, entity: 'PARTNERSHIP', key: 'industry', label: 'Industry', helpText: 'The partner’s main industry, in a few words.', type: 'TEXT', position: 3 },
      { programId: program.id, entity: 'MEMBER', key: 'linkedin_url', label: 'LinkedIn profile', helpText: 'A link to their LinkedIn page.', type: 'URL', position: 1 },
    ]);

    const manager: Viewer = {
      kind: 'user',
      user: { id: managerId, email: DEMO.managerEmail, name: 'Ada Manager', isNetworkReviewer: false },
      managedProgramIds: [program.id],
      partnerIds: [],
    };
    const removed: Record<'keepLinks' | 'deactivateLinks', string[]> = { keepLinks: [], deactivateLinks: [] };
    for (const [index, demo] of DEMO_PARTNERS.entries()) {
      const createdAt = new Date(Date.now() - (DEMO_PARTNERS.length - index) * 86_400_000);
      const team: FirstTeamMember[] = [];
      for (const m of demo.members) {
        const userId = m.user ? await upsertUser(tx, m.email, `${m.first} ${m.last}`) : null;
        const status = demo.claimed || userId ? MEMBER_STATUS.ACTIVE : MEMBER_STATUS.INVITED;
        team.push({ userId, email: m.email, firstName: m.first, lastName: m.last, accessLevel: m.level, roleLabel: m.role ?? null, status });
      }
      const { partner, members } = await createPartner(
        tx,
        { name: demo.company, networkStatus: demo.claimed ? NETWORK_STATUS.APPROVED : NETWORK_STATUS.NONE, claimedAt: demo.claimed ? createdAt : null, createdAt },
        team as [FirstTeamMember, ...FirstTeamMember[]],
      );
      const opening = OPENED_AS[demo.status];
      const partnership = await openPartnership(tx, manager, {
        programId: program.id,
        partnerId: partner.id,
        groupId: groupIds[demo.group],
        status: opening,
        source: 'DASHBOARD',
        partnerKey: { given: demo.key, field: 'key' },
        programManagerId: managerId,
        customFieldValues: demo.fields,
        members: members.map((m) => ({ memberId: m.id })),
        event: { action: 'partnership.added', data: { partner: demo.company, newToNetwork: opening !== PARTNERSHIP_STATUS.PENDING_APPROVAL } },
        whenTaken: { field: ['key'], message: `${demo.company} is already in the demo program.`, code: 'TAKEN' },
        openedAt: createdAt,
      });
      if (demo.status === PARTNERSHIP_STATUS.PENDING_CLAIM) {
        // The tokens are thrown away: nobody can claim a seeded invite until a manager resends it.
        await tx.insert(invites).values(
          members.map((member, i) => ({
            kind: i === 0 ? ('PARTNER_CLAIM' as const) : ('TEAM_JOIN' as const),
            status: INVITE_STATUS.SENT,
            tokenHash: hashToken(randomToken()),
            programId: program.id,
            partnershipId: partnership.id,
            partnerId: partner.id,
            memberId: member.id,
            email: member.email,
            invitedById: managerId,
            expiresAt: new Date(createdAt.getTime() + 14 * 86_400_000),
            sentCount: 1,
            lastSentAt: createdAt,
            createdAt,
          })),
        );
      }
      if (demo.status === PARTNERSHIP_STATUS.DECLINED) await recordDeclinedPartnership(tx, ANONYMOUS, partnership, demo.company);
      if (demo.status === PARTNERSHIP_STATUS.REMOVED) removed[demo.linksDeactivated ? 'deactivateLinks' : 'keepLinks'].push(toGlobalId('Partnership', partnership.id));
    }
    // Removed the way a manager removes partners; the use case's transaction nests as a savepoint.
    for (const [choice, partnershipIds] of Object.entries(removed)) {
      if (partnershipIds.length === 0) continue;
      await removePartners(tx as Database, manager, { selection: { programId: toGlobalId('Program', program.id), partnershipIds }, deactivateLinks: choice === 'deactivateLinks' });
    }
    await seedNetworkPartner(tx);
    await seedMarketplace(tx, manager, program.id);
  });
}

/** Programs of other companies listed next to Acme, so /marketplace has a choice (each with its own manager). */
const OTHER_LISTED_PROGRAMS = [
  {
    slug: 'globex',
    name: 'Globex Analytics',
    websiteUrl: 'https://globex.example',
    managerEmail: 'manager@globex.example',
    managerName: 'Gloria Globex',
    category: 'Analytics',
    description: 'Dashboards for growing online shops. Partners earn 30% recurring for two years on every customer they refer.',
  },
  {
    slug: 'initech',
    name: 'Initech Learning',
    websiteUrl: 'https://initech.example',
    managerEmail: 'manager@initech.example',
    managerName: 'Ian Initech',
    category: 'Education',
    description: 'Online courses for software teams. Educators and agencies resell team plans with a 20% commission.',
  },
] as const;

/** Acme and two other programs listed in the marketplace, the way their managers list them. */
async function seedMarketplace(tx: Executor, acmeManager: Viewer, acmeId: string): Promise<void> {
  // Contoso (network approved, in no program) applies from its profile: the network area may seed the same profile first.
  const [contoso] = await tx.select({ id: partners.id }).from(partners).where(eq(partners.name, 'Contoso Ltd'));
  await tx
    .insert(networkProfiles)
    .values({
      partnerId: contoso.id,
      companyName: 'Contoso Ltd',
      website: 'https://contoso.example',
      description: 'Contoso writes reviews and comparisons of business software for 40,000 readers a month.',
      audienceSize: 'FROM_10K_TO_100K',
      promotionMethods: ['REVIEWS', 'CONTENT'],
      countries: ['GB', 'US'],
      categories: ['Productivity', 'Analytics'],
    })
    .onConflictDoNothing();
  await updateMarketplaceListing(tx as Database, acmeManager, {
    programId: toGlobalId('Program', acmeId),
    listed: true,
    description: 'Project tools for small teams. Refer customers for a 20% commission, or resell Acme as a reseller partner with 25%.',
    category: 'Productivity',
  });
  for (const other of OTHER_LISTED_PROGRAMS) {
    const managerId = await upsertUser(tx, other.managerEmail, other.managerName);
    const program = await createProgram(tx, { slug: other.slug, name: other.name, websiteUrl: other.websiteUrl, managerUserIds: [managerId] });
    const viewer: Viewer = { kind: 'user', user: { id: managerId, email: other.managerEmail, name: other.managerName, isNetworkReviewer: false }, managedProgramIds: [program.id], partnerIds: [] };
    await updateMarketplaceListing(tx as Database, viewer, { programId: toGlobalId('Program', program.id), listed: true, description: other.description, category: other.category });
  }
}

/** How each demo status began: a declined partnership was first waiting, a removed one active. */
const OPENED_AS: Record<PartnershipStatus, OpeningStatus> = {
  PENDING_CLAIM: PARTNERSHIP_STATUS.PENDING_CLAIM,
  PENDING_APPROVAL: PARTNERSHIP_STATUS.PENDING_APPROVAL,
  ACTIVE: PARTNERSHIP_STATUS.ACTIVE,
  DECLINED: PARTNERSHIP_STATUS.PENDING_APPROVAL,
  REMOVED: PARTNERSHIP_STATUS.ACTIVE,
};

/** A partner already on the network, claimed by its owner, in no program yet. */
async function seedNetworkPartner(tx: Executor): Promise<void> {
  const ownerId = await upsertUser(tx, DEMO.networkPartnerOwnerEmail, 'Cora Contoso');
  const [partner] = await tx.insert(partners).values({ name: 'Contoso Ltd', networkStatus: NETWORK_STATUS.APPROVED, claimedAt: new Date() }).returning();
  await tx.insert(partnerMembers).values({
    partnerId: partner.id,
    userId: ownerId,
    email: DEMO.networkPartnerOwnerEmail,
    firstName: 'Cora',
    lastName: 'Contoso',
    accessLevel: 'OWNER',
    isPrimaryContact: true,
    status: MEMBER_STATUS.ACTIVE,
  });
}

/** Seeds the demo once: a database that already has a program is left alone. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(programs);
  if (n > 0) return false;
  await seedDemo(db);
  return true;
}

/**
 * Adds `count` generated partners (each with an OWNER primary contact) to a program and opens
 * their partnerships with set-based statements (openPartnershipsInBulk), in batches, for
 * benchmarks.
 */
export async function seedGeneratedPartnerships(db: Database, programSlug: string, count: number, batchSize = 50_000): Promise<number> {
  const [program] = await db.select().from(programs).where(eq(programs.slug, programSlug));
  if (!program) throw new Error(`No program with slug "${programSlug}"`);
  const [manager] = await db.select({ userId: programManagers.userId }).from(programManagers).where(eq(programManagers.programId, program.id)).limit(1);
  const programGroups = await db.select({ id: groups.id }).from(groups).where(eq(groups.programId, program.id));
  const groupArray = programGroups.map((g) => g.id);
  const run = randomToken(6).toLowerCase().replace(/[^a-z0-9]/g, '') || 'r';
  const firstNames = ['olivia', 'liam', 'emma', 'noah', 'ava', 'elijah', 'sophia', 'lucas', 'mia', 'mateo', 'amara', 'kenji', 'priya', 'omar', 'lena', 'yusuf'];
  const lastNames = ['smith', 'garcia', 'kim', 'nguyen', 'mueller', 'rossi', 'silva', 'okafor', 'tanaka', 'novak', 'haddad', 'larsen', 'dubois', 'patel', 'cohen', 'walsh'];
  const tiers = ['Gold', 'Silver', 'Bronze'];
  const geos = ['North America', 'Europe', 'APAC', 'LATAM'];
  const industries = ['Software', 'Retail', 'Media', 'Consulting', 'Finance', 'Health'];
  const { ACTIVE, PENDING_CLAIM, PENDING_APPROVAL } = PARTNERSHIP_STATUS;
  const statuses: OpeningStatus[] = [ACTIVE, ACTIVE, ACTIVE, ACTIVE, ACTIVE, ACTIVE, PENDING_CLAIM, PENDING_APPROVAL];

  for (let start = 1; start <= count; start += batchSize) {
    const end = Math.min(count, start + batchSize - 1);
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        create temporary table gen on commit drop as
        select g as n,
               gen_random_uuid() as partner_id,
               gen_random_uuid() as member_id,
               gen_random_uuid() as partnership_id,
               ${sql.param(firstNames)}::text[] as fns, ${sql.param(lastNames)}::text[] as lns
        from generate_series(${start}::int, ${end}::int) g`);
      const pa = partners;
      const m = partnerMembers;
      await tx.execute(
        insertSelect(pa, [pa.id, pa.name, pa.networkStatus, pa.claimedAt, pa.createdAt], sql`
        select partner_id, initcap(lns[1 + (n * 7) % 16]) || ' ' || initcap(fns[1 + n % 16]) || ' Partners ' || n, ${NETWORK_STATUS.APPROVED}::network_status, now(), now()
        from gen`),
      );
      await tx.execute(
        insertSelect(m, [m.id, m.partnerId, m.email, m.firstName, m.lastName, m.accessLevel, m.isPrimaryContact, m.status], sql`
        select member_id, partner_id, fns[1 + n % 16] || '.' || lns[1 + (n * 7) % 16] || '.' || ${run} || n || '@example.com',
               initcap(fns[1 + n % 16]), initcap(lns[1 + (n * 7) % 16]), 'OWNER', true, ${MEMBER_STATUS.ACTIVE}::member_status
        from gen`),
      );
      await openPartnershipsInBulk(
        tx,
        ANONYMOUS,
        program.id,
        'IMPORT',
        sql`
        select partnership_id as id, partner_id,
               (${sql.param(groupArray)}::uuid[])[1 + n % ${groupArray.length}] as group_id,
               fns[1 + n % 16] || lns[1 + (n * 7) % 16] || ${run} || n as partner_key,
               ${manager?.userId ?? null}::text as program_manager_id,
               (${sql.param(statuses)}::text[])[1 + n % ${statuses.length}] as status,
               jsonb_build_object('tier', (${sql.param(tiers)}::text[])[1 + n % 3], 'geography', (${sql.param(geos)}::text[])[1 + n % 4],
                                  'industry', (${sql.param(industries)}::text[])[1 + n % 6]) as custom_field_values,
               null::text as external_id, null::text as notes,
               now() - make_interval(secs => ${count} - n) as created_at,
               array[member_id] as member_ids, null::jsonb as event_data
        from gen`,
      );
    });
  }
  return count;
}
