import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { loadManagedProgram } from '../programs/access';
import { archiveCustomField } from './archive-custom-field';
import { createCustomField } from './create-custom-field';
import { reorderCustomFields } from './reorder-custom-fields';
import { restoreCustomField } from './restore-custom-field';
import { updateCustomField } from './update-custom-field';
import { pickDefinitions } from './list-custom-fields';

export const customFieldResolvers: Resolvers = {
  Query: {
    customFields: async (_, { programId, entity, includeArchived }, { viewer, loaders }) => {
      const program = await loadManagedProgram(loaders, viewer, programId);
      return pickDefinitions(await loaders.customFieldDefinitionsByProgram.load(program.id), entity, includeArchived);
    },
  },
  Mutation: {
    createCustomField: (_, { input }, { db, viewer }) => payload(async () => ({ customField: await createCustomField(db, viewer, input) })),
    updateCustomField: (_, { input }, { db, viewer }) => payload(async () => ({ customField: await updateCustomField(db, viewer, input) })),
    reorderCustomFields: (_, { input }, { db, viewer }) => payload(async () => ({ customFields: await reorderCustomFields(db, viewer, input) })),
    archiveCustomField: (_, { input }, { db, viewer }) => payload(async () => ({ customField: await archiveCustomField(db, viewer, input) })),
    restoreCustomField: (_, { input }, { db, viewer }) => payload(async () => ({ customField: await restoreCustomField(db, viewer, input) })),
  },
};
