import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client';
import { customFieldDefinitions, groups } from '../../src/server/db/schema';
import { newJoinToken } from '../../src/server/groups/rules';
import { addProgramManager, createProgramWithManager } from './factories';
import { insertPartnership } from './partners';

let sequence = 0;

/**
 * A program as an import meets it: its default group and two more ("Gold Partners", "Resellers"),
 * a second manager, partnership custom fields of several types (tier and vat_id required, an
 * archived one), and two live partnerships with known emails and keys: what the importer's
 * checks look up.
 */
export async function createImportProgram(db: Database) {
  const n = ++sequence;
  const ctx = await createProgramWithManager(db);
  const programId = ctx.program.id;
  const [defaultGroup] = await db.select().from(groups).where(and(eq(groups.programId, programId), eq(groups.isDefault, true)));
  const [gold, resellers] = await db
    .insert(groups)
    .values([
      { programId, name: 'Gold Partners', joinToken: newJoinToken() },
      { programId, name: 'Resellers', joinToken: newJoinToken() },
    ])
    .returning();
  const secondManager = await addProgramManager(db, programId, { email: `second-manager-${n}@program.example` });
  const fields = await db
    .insert(customFieldDefinitions)
    .values([
      { programId, entity: 'PARTNERSHIP', key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'], required: true, position: 1 },
      { programId, entity: 'PARTNERSHIP', key: 'vat_id', label: 'VAT ID', type: 'TEXT', required: true, position: 2 },
      { programId, entity: 'PARTNERSHIP', key: 'seats', label: 'Seats', type: 'NUMBER', position: 3 },
      { programId, entity: 'PARTNERSHIP', key: 'signed', label: 'Contract signed', type: 'BOOLEAN', position: 4 },
      { programId, entity: 'PARTNERSHIP', key: 'renewal', label: 'Renewal date', type: 'DATE', position: 5 },
      { programId, entity: 'PARTNERSHIP', key: 'regions', label: 'Regions', type: 'MULTI_SELECT', options: ['EMEA', 'APAC', 'AMER'], position: 6 },
      { programId, entity: 'PARTNERSHIP', key: 'legacy', label: 'Legacy', type: 'TEXT', position: 7, archivedAt: new Date() },
      { programId, entity: 'MEMBER', key: 'linkedin', label: 'LinkedIn', type: 'TEXT', position: 1 },
    ])
    .returning();
  const existing = await insertPartnership(db, programId, {
    email: `existing-${n}@partners.example`,
    key: `takenkey${n}`,
    customFieldValues: { tier: 'Gold', vat_id: 'DE123' },
  });
  const other = await insertPartnership(db, programId, { email: `other-${n}@partners.example`, key: `otherkey${n}`, customFieldValues: { tier: 'Silver', vat_id: 'FR9' } });
  return {
    ...ctx,
    groups: { default: defaultGroup, gold, resellers },
    secondManager,
    fields,
    existing: { ...existing, email: `existing-${n}@partners.example`, key: `takenkey${n}` },
    other: { ...other, email: `other-${n}@partners.example`, key: `otherkey${n}` },
  };
}
