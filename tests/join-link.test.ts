import { and, eq } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { applications, groups, partnerMembers, partnerships } from '../src/server/db/schema';
import { startTestApp, type TestApp } from './support/app';
import { createProgramWithManager, createUser, signInAs } from './support/factories';
import { countRows } from './support/partners';

const JoinLandingQuery = graphql(`
  query TestJoinLanding($token: String!) {
    joinLanding(token: $token) {
      status
      programName
      groupName
      applicationFormEnabled
    }
  }
`);

const JoinProgram = graphql(`
  mutation TestJoinProgram($input: JoinProgramInput!) {
    joinProgram(input: $input) {
      partnerProgram {
        partnershipId
        programName
        groupName
        status
      }
      applicationSubmitted
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const JoinRemove = graphql(`
  mutation TestJoinRemove($input: RemovePartnersInput!) {
    removePartners(input: $input) {
      removedCount
      userErrors {
        message
      }
    }
  }
`);

const JoinReAdd = graphql(`
  mutation TestJoinReAdd($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership {
        id
        status
      }
      partnerCandidates {
        partner {
          id
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function setup(applicationForm = false) {
  const ctx = await createProgramWithManager(app.db, { name: 'Join Co' });
  const [group] = await app.db
    .insert(groups)
    .values({ programId: ctx.program.id, name: 'Affiliates', joinToken: `join${Math.random().toString(36).slice(2)}`, applicationFormEnabled: applicationForm })
    .returning();
  const person = await createUser(app.db, { email: `jo-${Math.random().toString(36).slice(2, 8)}@example.com`, name: 'Jo Joiner' });
  return { ...ctx, group, person, personCookie: await signInAs(app.db, person.id) };
}

describe('group join links', () => {
  it('shows the program and group, and lets a signed-in person join at once when there is no application form', async () => {
    const { group, person, personCookie, program } = await setup();
    expect((await app.gql(JoinLandingQuery, { token: group.joinToken })).data?.joinLanding).toEqual({
      status: 'OPEN',
      programName: 'Join Co',
      groupName: 'Affiliates',
      applicationFormEnabled: false,
    });
    const res = await app.gql(JoinProgram, { input: { token: group.joinToken, companyName: 'Jo Media' } }, { cookie: personCookie });
    expect(res.data?.joinProgram).toMatchObject({ applicationSubmitted: false, userErrors: [], partnerProgram: { programName: 'Join Co', groupName: 'Affiliates', status: 'ACTIVE' } });
    const [row] = await app.db.select().from(partnerships).where(eq(partnerships.programId, program.id));
    expect(row).toMatchObject({ status: 'ACTIVE', source: 'JOIN_LINK', groupId: group.id, partnerKey: 'jojoiner', partnerName: 'Jo Media' });
    const [owner] = await app.db.select().from(partnerMembers).where(eq(partnerMembers.partnerId, row.partnerId));
    expect(owner).toMatchObject({ userId: person.id, accessLevel: 'OWNER', status: 'ACTIVE', isPrimaryContact: true });

    const again = await app.gql(JoinProgram, { input: { token: group.joinToken } }, { cookie: personCookie });
    expect(again.data?.joinProgram.userErrors).toEqual([{ field: ['token'], message: 'Your partner organisation is already in the Join Co program.', code: 'CONFLICT' }]);
  });

  it('sends an application instead when the group has its application form on, once', async () => {
    const { group, personCookie, program } = await setup(true);
    const res = await app.gql(JoinProgram, { input: { token: group.joinToken, companyName: 'Jo Media' } }, { cookie: personCookie });
    expect(res.data?.joinProgram).toMatchObject({ applicationSubmitted: true, partnerProgram: null, userErrors: [] });
    expect(await app.db.select().from(partnerships).where(eq(partnerships.programId, program.id))).toEqual([]);
    expect(await app.db.select({ status: applications.status, source: applications.source }).from(applications).where(eq(applications.programId, program.id))).toEqual([
      { status: 'PENDING', source: 'JOIN_LINK' },
    ]);
    const twice = await app.gql(JoinProgram, { input: { token: group.joinToken, companyName: 'Jo Media' } }, { cookie: personCookie });
    expect(twice.data?.joinProgram.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a removed partner rejoining with the same email, until a manager adds them again', async () => {
    const { group, person, personCookie, program, programId, cookie } = await setup();
    await app.gql(JoinProgram, { input: { token: group.joinToken, companyName: 'Jo Media' } }, { cookie: personCookie });
    const [first] = await app.db.select().from(partnerships).where(eq(partnerships.programId, program.id));
    const { toGlobalId } = await import('../src/server/shared/ids');
    const removed = await app.gql(JoinRemove, { input: { selection: { programId, partnershipIds: [toGlobalId('Partnership', first.id)] }, deactivateLinks: false } }, { cookie });
    expect(removed.data?.removePartners.removedCount).toBe(1);

    const before = [await countRows(app.db, partnerships), await countRows(app.db, applications)];
    const blocked = await app.gql(JoinProgram, { input: { token: group.joinToken } }, { cookie: personCookie });
    expect(blocked.data?.joinProgram.userErrors).toEqual([
      {
        field: ['token'],
        message: `You were removed from the Join Co partner program and cannot rejoin with ${person.email}. Ask the program manager to add you again.`,
        code: 'NOT_ALLOWED',
      },
    ]);
    // The application form path is closed to them too.
    await app.db.update(groups).set({ applicationFormEnabled: true }).where(eq(groups.id, group.id));
    const viaApplication = await app.gql(JoinProgram, { input: { token: group.joinToken } }, { cookie: personCookie });
    expect(viaApplication.data?.joinProgram.userErrors[0]?.code).toBe('NOT_ALLOWED');
    expect([await countRows(app.db, partnerships), await countRows(app.db, applications)]).toEqual(before);

    // A manager adds them again: a second, new partnership; the old one keeps its history.
    const ask = await app.gql(JoinReAdd, { input: { programId, email: person.email } }, { cookie });
    const partnerId = ask.data?.addPartner.partnerCandidates[0]?.partner.id;
    expect(partnerId).toBe(toGlobalId('Partner', first.partnerId));
    const readded = await app.gql(JoinReAdd, { input: { programId, email: person.email, existingPartnerId: partnerId } }, { cookie });
    expect(readded.data?.addPartner.partnership).toMatchObject({ status: 'PENDING_APPROVAL' });
    expect(readded.data?.addPartner.partnership?.id).not.toBe(toGlobalId('Partnership', first.id));
    const rows = await app.db.select({ status: partnerships.status }).from(partnerships).where(and(eq(partnerships.programId, program.id), eq(partnerships.partnerId, first.partnerId)));
    expect(rows.map((r) => r.status).sort()).toEqual(['PENDING_APPROVAL', 'REMOVED']);
    const after = await app.gql(JoinProgram, { input: { token: group.joinToken } }, { cookie: personCookie });
    expect(after.data?.joinProgram.userErrors[0]?.code).toBe('CONFLICT');
  });

  it('answers an unknown or regenerated link plainly and asks anonymous callers to sign in', async () => {
    const { group, personCookie } = await setup();
    expect((await app.gql(JoinLandingQuery, { token: 'nope' })).data?.joinLanding.status).toBe('INVALID');
    await app.db.update(groups).set({ joinToken: 'fresh' + group.id.slice(0, 8) }).where(eq(groups.id, group.id));
    const stale = await app.gql(JoinProgram, { input: { token: group.joinToken } }, { cookie: personCookie });
    expect(stale.data?.joinProgram.userErrors).toEqual([{ field: ['token'], message: 'This join link is not valid any more. Ask the program for a new one.', code: 'INVALID' }]);
    const anonymous = await app.gql(JoinProgram, { input: { token: group.joinToken } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
