import DataLoader from 'dataloader';
import { and, asc, count, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { activityFor } from '../audit/activity';
import { clicks, partnerKeys, customFieldDefinitions, groups, invites, partnerMembers, partners, partnershipMembers, partnerships, programManagers, users } from '../db/schema';
import { canManageProgram, createProgramLoaders } from '../programs/access';
import type { FieldDefinition } from '../custom-fields/values';
import type { TeamMemberModel } from '../members/rules';
import type { InviteRow } from '../invites/rules';
import type { SignedInUser } from '../auth/viewer';
import type { Viewer } from '../auth/viewer';
import { countPartnershipsByGroup } from '../groups/list-groups';
import { MEMBER_STATUS } from '../members/rules';
import { importedBeforeLoader } from '../imports/imported-before';
import { createStandingLoader } from '../marketplace/marketplace-standing';

/** A row that belongs to a program, asked for with the program it must belong to. */
export interface InProgram {
  programId: string;
  id: string;
}

const inProgramKey = (programId: string, id: string) => `${programId}/${id}`;

/**
 * A loader of rows a program owns, keyed within the program: a key of a program the viewer does
 * not manage never reaches the database, and a row of another program never answers a key.
 */
function inProgram<Row extends { programId: string }, Value>(
  viewer: Viewer,
  fetch: (ids: string[], programIds: string[]) => Promise<Row[]>,
  idOf: (row: Row) => string,
  pick: (rows: Row[], key: InProgram) => Value | Error,
) {
  return new DataLoader<InProgram, Value, string>(
    async (keys) => {
      const allowed = keys.filter((k) => canManageProgram(viewer, k.programId));
      const rows = allowed.length ? await fetch([...new Set(allowed.map((k) => k.id))], [...new Set(allowed.map((k) => k.programId))]) : [];
      const grouped = new Map<string, Row[]>();
      for (const row of rows) {
        const key = inProgramKey(row.programId, idOf(row));
        grouped.set(key, [...(grouped.get(key) ?? []), row]);
      }
      return keys.map((k) => pick(canManageProgram(viewer, k.programId) ? (grouped.get(inProgramKey(k.programId, k.id)) ?? []) : [], k));
    },
    { cacheKeyFn: (k) => inProgramKey(k.programId, k.id) },
  );
}

/**
 * Per-request batch loaders. Partner and user rows load by database id, for objects the resolver
 * already reached through an authorized parent; rows a program owns load keyed within the program
 * (InProgram), checked against the viewer. Program rows are shared with the request's program
 * authorisation (loadManagedProgram), so a program is read once per request.
 */
export function createLoaders(db: Database, viewer: Viewer) {
  return {
    ...createProgramLoaders(db),
    marketplaceStanding: createStandingLoader(db, viewer),
    partnerById: byId(db, partners),
    groupById: inProgram(
      viewer,
      (ids, programIds) => db.select().from(groups).where(and(inArray(groups.id, ids), inArray(groups.programId, programIds))),
      (row) => row.id,
      ([group], key) => group ?? new Error(`Group ${key.id} not found`),
    ),
    userById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.select({ id: users.id, email: users.email, name: users.name, isNetworkReviewer: users.isNetworkReviewer }).from(users).where(inArray(users.id, [...ids]));
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    primaryContactByPartner: new DataLoader(async (partnerIds: readonly string[]) => {
      const rows = await db
        .select()
        .from(partnerMembers)
        .where(and(inArray(partnerMembers.partnerId, [...partnerIds]), eq(partnerMembers.isPrimaryContact, true)));
      const found = new Map(rows.map((r) => [r.partnerId, r]));
      return partnerIds.map((id) => found.get(id) ?? null);
    }),
    partnershipById: inProgram(
      viewer,
      (ids, programIds) => db.select().from(partnerships).where(and(inArray(partnerships.id, ids), inArray(partnerships.programId, programIds))),
      (row) => row.id,
      ([row]) => row ?? null,
    ),
    /** A partner's people, not removed: primary contact first (for applications, reached through an authorised one). */
    membersByPartner: new DataLoader(async (partnerIds: readonly string[]) => {
      const rows = await db
        .select()
        .from(partnerMembers)
        .where(and(inArray(partnerMembers.partnerId, [...partnerIds]), ne(partnerMembers.status, MEMBER_STATUS.REMOVED)))
        .orderBy(desc(partnerMembers.isPrimaryContact), asc(partnerMembers.createdAt), asc(partnerMembers.id));
      return partnerIds.map((id) => rows.filter((r) => r.partnerId === id));
    }),
    defaultGroupByProgram: new DataLoader(async (programIds: readonly string[]) => {
      const rows = await db.select().from(groups).where(inArray(groups.programId, [...programIds]));
      const byProgram = new Map(rows.filter((g) => g.isDefault).map((g) => [g.programId, g]));
      return programIds.map((id) => byProgram.get(id) ?? new Error(`Program ${id} has no default group`));
    }),
    memberById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.select().from(partnerMembers).where(inArray(partnerMembers.id, [...ids]));
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? new Error(`Member ${id} not found`));
    }),
    customFieldDefinitionsByProgram: new DataLoader(async (programIds: readonly string[]) => {
      const rows = await db
        .select()
        .from(customFieldDefinitions)
        .where(inArray(customFieldDefinitions.programId, [...programIds]))
        .orderBy(asc(customFieldDefinitions.position), asc(customFieldDefinitions.key));
      return programIds.map((id): FieldDefinition[] => rows.filter((r) => r.programId === id));
    }),
    managersByProgram: new DataLoader(async (programIds: readonly string[]) => {
      const rows = await db
        .select({ programId: programManagers.programId, id: users.id, email: users.email, name: users.name, isNetworkReviewer: users.isNetworkReviewer })
        .from(programManagers)
        .innerJoin(users, eq(users.id, programManagers.userId))
        .where(inArray(programManagers.programId, [...programIds]))
        .orderBy(asc(users.name), asc(users.email));
      return programIds.map((id): SignedInUser[] => rows.filter((r) => r.programId === id).map(({ programId: _programId, ...user }) => user));
    }),
    teamByPartnership: inProgram(
      viewer,
      (partnershipIds, programIds) =>
        db
          .select({ partnershipId: partnershipMembers.partnershipId, programId: partnerships.programId, member: partnerMembers, customFieldValues: partnershipMembers.customFieldValues })
          .from(partnershipMembers)
          .innerJoin(partnerMembers, eq(partnerMembers.id, partnershipMembers.memberId))
          .innerJoin(partnerships, eq(partnerships.id, partnershipMembers.partnershipId))
          .where(and(inArray(partnershipMembers.partnershipId, partnershipIds), inArray(partnerships.programId, programIds), ne(partnerMembers.status, MEMBER_STATUS.REMOVED)))
          .orderBy(desc(partnerMembers.isPrimaryContact), asc(partnerMembers.createdAt), asc(partnerMembers.id)),
      (row) => row.partnershipId,
      (rows): TeamMemberModel[] => rows,
    ),
    invitesByPartnership: inProgram(
      viewer,
      (partnershipIds, programIds) =>
        db
          .select()
          .from(invites)
          .where(and(inArray(invites.partnershipId, partnershipIds), inArray(invites.programId, programIds)))
          .orderBy(desc(invites.createdAt), desc(invites.id)),
      (row) => row.partnershipId ?? '',
      (rows): InviteRow[] => rows,
    ),
    clickCountByPartnership: inProgram(
      viewer,
      (partnershipIds, programIds) =>
        db
          .select({ partnershipId: clicks.partnershipId, programId: clicks.programId, n: count() })
          .from(clicks)
          .where(and(inArray(clicks.partnershipId, partnershipIds), inArray(clicks.programId, programIds)))
          .groupBy(clicks.partnershipId, clicks.programId),
      (row) => row.partnershipId,
      ([row]) => row?.n ?? 0,
    ),
    keysByPartnership: inProgram(
      viewer,
      (partnershipIds, programIds) =>
        db
          .select()
          .from(partnerKeys)
          .where(and(inArray(partnerKeys.partnershipId, partnershipIds), inArray(partnerKeys.programId, programIds)))
          .orderBy(asc(partnerKeys.createdAt)),
      (row) => row.partnershipId,
      (rows) => rows.map((r) => r.key),
    ),
    activityByPartnership: new DataLoader(async (ids: readonly string[]) => {
      const found = await activityFor(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    partnershipCountByGroup: new DataLoader(async (groupIds: readonly string[]) => {
      const counts = await countPartnershipsByGroup(db, groupIds);
      return groupIds.map((id) => counts.get(id) ?? 0);
    }),
    importedBefore: importedBeforeLoader(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** A loader of partner rows by uuid primary key. Missing rows load as an error: callers reached them by a foreign key. */
function byId(db: Database, table: typeof partners) {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await db.select().from(table).where(inArray(table.id, [...ids]));
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? new Error(`${id} not found`));
  });
}
