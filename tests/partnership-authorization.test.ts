import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../src/gql';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager, createUser, signInAs } from './support/factories';
import { createClaimedPartner, inviteTokenFor, partnershipRowCounts, stateDigest } from './support/partners';

/**
 * Who may call each mutation of the add-partner flows, and what everyone else is told. Each row
 * runs against fresh targets; a refusal must leave every table exactly as it was.
 */

const AddPartner = graphql(`
  mutation TestAuthzAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership { id }
      userErrors { field message code }
    }
  }
`);

const SetupAddPartner = graphql(`
  mutation TestAuthzSetupAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership {
        id
        members { member { id email } }
        invites { id kind status email }
      }
      userErrors { field message code }
    }
  }
`);

const AddPartnerMembers = graphql(`
  mutation TestAuthzAddPartnerMembers($input: AddPartnerMembersInput!) {
    addPartnerMembers(input: $input) {
      invites { id }
      userErrors { field message code }
    }
  }
`);

const UpdateTeamMember = graphql(`
  mutation TestAuthzUpdateTeamMember($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) {
      teamMember { member { id } }
      userErrors { field message code }
    }
  }
`);

const ResendInvite = graphql(`
  mutation TestAuthzResendInvite($input: InviteIdInput!) {
    resendInvite(input: $input) {
      invite { id }
      userErrors { field message code }
    }
  }
`);

const DeleteInvite = graphql(`
  mutation TestAuthzDeleteInvite($input: InviteIdInput!) {
    deleteInvite(input: $input) {
      invite { id }
      userErrors { field message code }
    }
  }
`);

const ApprovePartnership = graphql(`
  mutation TestAuthzApprovePartnership($input: PartnershipIdInput!) {
    approvePartnership(input: $input) {
      partnerProgram { status }
      userErrors { field message code }
    }
  }
`);

const DeclinePartnership = graphql(`
  mutation TestAuthzDeclinePartnership($input: PartnershipIdInput!) {
    declinePartnership(input: $input) {
      partnerProgram { status }
      userErrors { field message code }
    }
  }
`);

const ApproveMemberAddition = graphql(`
  mutation TestAuthzApproveMemberAddition($input: InviteIdInput!) {
    approveMemberAddition(input: $input) {
      invite { id }
      userErrors { field message code }
    }
  }
`);

const DeclineMemberAddition = graphql(`
  mutation TestAuthzDeclineMemberAddition($input: InviteIdInput!) {
    declineMemberAddition(input: $input) {
      invite { id }
      userErrors { field message code }
    }
  }
`);

const ClaimInvite = graphql(`
  mutation TestAuthzClaimInvite($input: ClaimInviteInput!) {
    claimInvite(input: $input) {
      partnerProgram { status }
      userErrors { field message code }
    }
  }
`);

const UpdateMyProfile = graphql(`
  mutation TestAuthzUpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      profile { email }
      userErrors { field message code }
    }
  }
`);

const RequestEmailChange = graphql(`
  mutation TestAuthzRequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      profile { email }
      userErrors { field message code }
    }
  }
`);

type Level = 'OWNER' | 'ADMIN' | 'FINANCE' | 'MEMBER';
type ClaimedPartner = Awaited<ReturnType<typeof createClaimedPartner>>;
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'userError INVALID';

type CallerName =
  | 'anonymous'
  | 'manager'
  | 'API key'
  | 'manager of another program'
  | 'API key of another program'
  /** A member of a partner that has nothing to do with the target. */
  | `stranger ${Level}`
  /** A member of the partner the target belongs to. */
  | `partner ${Level}`
  | 'invited person';

/** What a row needs: the mutation's variables, and the partner or invited person it concerns. */
interface Target {
  variables: Record<string, unknown>;
  partner?: ClaimedPartner;
  invitee?: Caller;
}

interface Row {
  mutation: string;
  document: TypedDocumentNode<unknown, unknown>;
  setup: () => Promise<Target>;
  outcomes: Partial<Record<CallerName, Outcome>>;
}

let app: TestApp;
let world: {
  program: Awaited<ReturnType<typeof createProgramWithManager>>;
  apiKey: string;
  otherProgram: Awaited<ReturnType<typeof createProgramWithManager>>;
  otherApiKey: string;
  stranger: ClaimedPartner;
};

let sequence = 0;
const unique = (label: string) => `${label}-${Date.now().toString(36)}${++sequence}@authz.example`;

async function claimedPartner(name: string) {
  return createClaimedPartner(app.db, name, [
    { email: unique('owner'), level: 'OWNER' },
    { email: unique('admin'), level: 'ADMIN' },
    { email: unique('finance'), level: 'FINANCE' },
    { email: unique('member'), level: 'MEMBER' },
  ]);
}

/** A partner new to the network, added to the program: its claim invite has been emailed. */
async function newPartnership() {
  const email = unique('new');
  const res = await app.gql(SetupAddPartner, { input: { programId: world.program.programId, email, firstName: 'Nu' } }, { cookie: world.program.cookie });
  expect(res.data?.addPartner.userErrors).toEqual([]);
  const partnership = res.data!.addPartner.partnership!;
  return {
    email,
    partnershipId: partnership.id,
    memberId: partnership.members[0].member.id,
    claimInviteId: partnership.invites.find((i) => i.kind === 'PARTNER_CLAIM')!.id,
  };
}

/** An existing partner the program asked to join (awaiting its approval), with one new member awaiting the owner. */
async function pendingPartnership() {
  const partner = await claimedPartner('Right Partner');
  const res = await app.gql(
    SetupAddPartner,
    { input: { programId: world.program.programId, email: partner.members.OWNER.email, existingPartnerId: partner.partnerId, members: [{ email: unique('newcomer') }] } },
    { cookie: world.program.cookie },
  );
  expect(res.data?.addPartner.userErrors).toEqual([]);
  const partnership = res.data!.addPartner.partnership!;
  expect(partnership.invites.map((i) => i.status)).toEqual(['AWAITING_OWNER_APPROVAL']);
  return { partner, partnershipId: partnership.id, awaitingInviteId: partnership.invites[0].id };
}

const doc = <T, V>(document: TypedDocumentNode<T, V>) => document as unknown as TypedDocumentNode<unknown, unknown>;

/** Program managers and API keys of the program may; other programs are told it does not exist; partners may not. */
const MANAGER_SIDE: Row['outcomes'] = {
  anonymous: 'UNAUTHENTICATED',
  manager: 'OK',
  'API key': 'OK',
  'manager of another program': 'NOT_FOUND',
  'API key of another program': 'NOT_FOUND',
  'stranger OWNER': 'FORBIDDEN',
  'stranger ADMIN': 'FORBIDDEN',
  'stranger FINANCE': 'FORBIDDEN',
  'stranger MEMBER': 'FORBIDDEN',
};

/** Partner members only: people of another partner are told it does not exist. */
const PARTNER_SIDE = (allowed: Level[]): Row['outcomes'] => ({
  anonymous: 'UNAUTHENTICATED',
  manager: 'FORBIDDEN',
  'API key': 'FORBIDDEN',
  'manager of another program': 'FORBIDDEN',
  'API key of another program': 'FORBIDDEN',
  'stranger OWNER': 'NOT_FOUND',
  'stranger ADMIN': 'NOT_FOUND',
  'stranger FINANCE': 'NOT_FOUND',
  'stranger MEMBER': 'NOT_FOUND',
  ...Object.fromEntries((['OWNER', 'ADMIN', 'FINANCE', 'MEMBER'] as const).map((level) => [`partner ${level}`, allowed.includes(level) ? 'OK' : 'FORBIDDEN'])),
});

/** Any signed-in person, for themselves. */
const OWN_PROFILE: Row['outcomes'] = {
  anonymous: 'UNAUTHENTICATED',
  manager: 'OK',
  'API key': 'FORBIDDEN',
  'manager of another program': 'OK',
  'API key of another program': 'FORBIDDEN',
  'stranger OWNER': 'OK',
  'stranger ADMIN': 'OK',
  'stranger FINANCE': 'OK',
  'stranger MEMBER': 'OK',
};

const ROWS: Row[] = [
  {
    mutation: 'addPartner',
    document: doc(AddPartner),
    setup: async () => ({ variables: { input: { programId: world.program.programId, email: unique('added') } } }),
    outcomes: MANAGER_SIDE,
  },
  {
    mutation: 'addPartnerMembers',
    document: doc(AddPartnerMembers),
    setup: async () => ({ variables: { input: { partnershipId: (await newPartnership()).partnershipId, members: [{ email: unique('extra') }] } } }),
    outcomes: MANAGER_SIDE,
  },
  {
    mutation: 'updateTeamMember',
    document: doc(UpdateTeamMember),
    setup: async () => {
      const { partnershipId, memberId } = await newPartnership();
      return { variables: { input: { partnershipId, memberId, roleLabel: 'Changed role' } } };
    },
    outcomes: MANAGER_SIDE,
  },
  {
    mutation: 'resendInvite',
    document: doc(ResendInvite),
    setup: async () => ({ variables: { input: { inviteId: (await newPartnership()).claimInviteId } } }),
    outcomes: MANAGER_SIDE,
  },
  {
    mutation: 'deleteInvite',
    document: doc(DeleteInvite),
    setup: async () => ({ variables: { input: { inviteId: (await newPartnership()).claimInviteId } } }),
    outcomes: MANAGER_SIDE,
  },
  {
    mutation: 'approvePartnership',
    document: doc(ApprovePartnership),
    setup: async () => {
      const { partner, partnershipId } = await pendingPartnership();
      return { partner, variables: { input: { partnershipId } } };
    },
    outcomes: PARTNER_SIDE(['OWNER', 'ADMIN']),
  },
  {
    mutation: 'declinePartnership',
    document: doc(DeclinePartnership),
    setup: async () => {
      const { partner, partnershipId } = await pendingPartnership();
      return { partner, variables: { input: { partnershipId } } };
    },
    outcomes: PARTNER_SIDE(['OWNER', 'ADMIN']),
  },
  {
    mutation: 'approveMemberAddition',
    document: doc(ApproveMemberAddition),
    setup: async () => {
      const { partner, awaitingInviteId } = await pendingPartnership();
      return { partner, variables: { input: { inviteId: awaitingInviteId } } };
    },
    outcomes: PARTNER_SIDE(['OWNER']),
  },
  {
    mutation: 'declineMemberAddition',
    document: doc(DeclineMemberAddition),
    setup: async () => {
      const { partner, awaitingInviteId } = await pendingPartnership();
      return { partner, variables: { input: { inviteId: awaitingInviteId } } };
    },
    outcomes: PARTNER_SIDE(['OWNER']),
  },
  {
    mutation: 'claimInvite',
    document: doc(ClaimInvite),
    setup: async () => {
      const { email } = await newPartnership();
      const invitee = await createUser(app.db, { email });
      return { variables: { input: { token: await inviteTokenFor(app.db, email) } }, invitee: { cookie: await signInAs(app.db, invitee.id) } };
    },
    // Anyone signed in may try; only the invited person succeeds, others are told whose invite it is.
    outcomes: {
      anonymous: 'UNAUTHENTICATED',
      manager: 'userError INVALID',
      'API key': 'FORBIDDEN',
      'manager of another program': 'userError INVALID',
      'API key of another program': 'FORBIDDEN',
      'stranger OWNER': 'userError INVALID',
      'stranger ADMIN': 'userError INVALID',
      'stranger FINANCE': 'userError INVALID',
      'stranger MEMBER': 'userError INVALID',
      'invited person': 'OK',
    },
  },
  {
    mutation: 'updateMyProfile',
    document: doc(UpdateMyProfile),
    setup: async () => ({ variables: { input: { firstName: 'Renamed', lastName: 'Person' } } }),
    outcomes: OWN_PROFILE,
  },
  {
    mutation: 'requestEmailChange',
    document: doc(RequestEmailChange),
    setup: async () => ({ variables: { input: { newEmail: unique('changed') } } }),
    outcomes: OWN_PROFILE,
  },
];

function callerFor(name: CallerName, target: Target): Caller {
  switch (name) {
    case 'anonymous':
      return {};
    case 'manager':
      return { cookie: world.program.cookie };
    case 'API key':
      return { bearer: world.apiKey };
    case 'manager of another program':
      return { cookie: world.otherProgram.cookie };
    case 'API key of another program':
      return { bearer: world.otherApiKey };
    case 'invited person':
      return target.invitee!;
  }
  const [side, level] = name.split(' ') as ['stranger' | 'partner', Level];
  const partner = side === 'stranger' ? world.stranger : target.partner!;
  return { cookie: partner.members[level].cookie };
}

beforeAll(async () => {
  app = await startTestApp();
  const program = await createProgramWithManager(app.db, { name: 'Authz Program' });
  const otherProgram = await createProgramWithManager(app.db, { name: 'Other Program' });
  world = {
    program,
    apiKey: (await createApiKeyFor(app.db, program.program.id)).secret,
    otherProgram,
    otherApiKey: (await createApiKeyFor(app.db, otherProgram.program.id)).secret,
    stranger: await claimedPartner('Unrelated Partner'),
  };
});
afterAll(() => app.close());

it('covers every mutation of the add-partner flows', () => {
  expect(ROWS.map((r) => r.mutation).sort()).toEqual(
    [
      'addPartner',
      'addPartnerMembers',
      'updateTeamMember',
      'resendInvite',
      'deleteInvite',
      'approvePartnership',
      'declinePartnership',
      'approveMemberAddition',
      'declineMemberAddition',
      'claimInvite',
      'updateMyProfile',
      'requestEmailChange',
    ].sort(),
  );
});

describe.each(ROWS.map((row) => [row.mutation, row] as const))('%s', (mutation, row) => {
  const cases = Object.entries(row.outcomes) as [CallerName, Outcome][];
  it.each(cases)('by %s: %s', async (callerName, outcome) => {
    const target = await row.setup();
    const caller = callerFor(callerName, target);
    const counts = await partnershipRowCounts(app.db);
    const digest = await stateDigest(app.db);

    const res = await app.gql(row.document, target.variables, caller);
    const payload = (res.data as Record<string, { userErrors: { code: string }[] } & Record<string, unknown>> | null)?.[mutation];

    if (outcome === 'OK') {
      expect(res.errors).toBeUndefined();
      expect(payload?.userErrors).toEqual([]);
      const [result] = Object.entries(payload!).filter(([key]) => key !== 'userErrors');
      expect(result[1]).not.toBeNull();
      expect(await stateDigest(app.db)).not.toEqual(digest);
      return;
    }
    if (outcome === 'userError INVALID') {
      expect(res.errors).toBeUndefined();
      expect(payload?.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    } else {
      expect(res.data).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
    }
    expect(await partnershipRowCounts(app.db)).toEqual(counts);
    expect(await stateDigest(app.db)).toEqual(digest);
  });
});
