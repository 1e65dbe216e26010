import type { Resolvers } from '../graphql/resolvers-types.generated';
import { toGlobalId } from '../shared/ids';
import { listGroups } from '../groups/list-groups';
import { listPartnerships } from '../partnerships/list-partnerships';
import { loadManagedProgramBySlug } from './access';
import { notFound } from '../shared/errors';
import { appUrl } from '../shared/app-url';
import { payload } from '../graphql/errors';
import { pickDefinitions } from '../custom-fields/list-custom-fields';
import { updateProgramSettings } from './update-program-settings';

export const programResolvers: Resolvers = {
  Query: {
    program: async (_, { slug }, { viewer, loaders }) => {
      if (slug != null) return loadManagedProgramBySlug(loaders, viewer, slug);
      if (viewer.kind === 'apiKey') return loaders.programById.load(viewer.apiKey.programId);
      throw notFound('Program');
    },
  },
  Mutation: {
    updateProgramSettings: (_, { input }, { db, viewer }) => payload(async () => ({ program: await updateProgramSettings(db, viewer, input) })),
  },
  Program: {
    id: (program) => toGlobalId('Program', program.id),
    defaultGroup: (program, _, { loaders }) => loaders.defaultGroupByProgram.load(program.id),
    groups: (program, args, { db }) => listGroups(db, program, args),
    customFieldDefinitions: async (program, { entity, includeArchived }, { loaders }) =>
      pickDefinitions(await loaders.customFieldDefinitionsByProgram.load(program.id), entity, includeArchived),
    exportUrl: (program) => `${appUrl()}/api/programs/${program.slug}/partners.csv`,
    managers: (program, _, { loaders }) => loaders.managersByProgram.load(program.id),
    // The parent program was authorised when it was resolved; it is not looked up again.
    partnerships: (program, args, { db }) => listPartnerships(db, program, args),
  },
};
