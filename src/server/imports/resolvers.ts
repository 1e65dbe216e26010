import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { pickDefinitions } from '../custom-fields/list-custom-fields';
import { loadManagedProgram } from '../programs/access';
import { appUrl } from '../shared/app-url';
import { toGlobalId } from '../shared/ids';
import { parseInput } from '../shared/errors';
import { requireManagedImport } from './access';
import { cancelImport } from './cancel-import';
import { createImport } from './create-import';
import { createImportInput } from './import-inputs';
import { importTargets } from './import-targets';
import { importsPage } from './list-imports';
import { previewImport } from './preview-import';
import { importColumns, unmappedColumns } from './present-import';
import { encodingToApi, IMPORT_STATUS, importPace, type ImportRow } from './rules';
import { csvTextSource, startImport } from './start-import';
import { updateImport } from './update-import';

/** Rows per second since the import started, while a worker runs it. */
/** Since the run started or resumed (a worker that died does not drag the rate down), to a tenth. */
function rate(row: ImportRow): number | null {
  const { rowsPerSecond } = importPace(row);
  return rowsPerSecond === null ? null : Math.round(rowsPerSecond * 10) / 10;
}

function importUrl(row: ImportRow, slug: string, file: string) {
  return `${appUrl()}/api/programs/${slug}/imports/${toGlobalId('Import', row.id)}/${file}`;
}

export const importResolvers: Resolvers = {
  Query: {
    imports: async (_, { programId, first, after }, { db, viewer, loaders }) => importsPage(db, await loadManagedProgram(loaders, viewer, programId), { first, after }),
    import: async (_, { id }, { db, viewer, loaders }) => {
      const { importRow, program } = await requireManagedImport(db, viewer, id);
      loaders.programById.prime(program.id, program);
      return importRow;
    },
  },
  Mutation: {
    createImport: (_, { input }, { db, viewer }) =>
      payload(async () => {
        const { programId, csv, filename } = parseInput(createImportInput, input);
        return { import: await createImport(db, viewer, { programId, filename, source: csvTextSource(csv), fileField: 'csv' }) };
      }),
    updateImport: (_, { input }, { db, viewer }) => payload(async () => ({ import: await updateImport(db, viewer, input) })),
    startImport: (_, { input }, { db, viewer }) => payload(async () => ({ import: await startImport(db, viewer, input) })),
    cancelImport: (_, { input }, { db, viewer }) => payload(async () => ({ import: await cancelImport(db, viewer, input) })),
  },
  Program: {
    // The parent program was authorised when it was resolved.
    imports: (program, args, { db }) => importsPage(db, program, args),
  },
  Import: {
    id: (row) => toGlobalId('Import', row.id),
    program: async (row, _, { loaders }) => (await loaders.programById.load(row.programId))!,
    createdBy: (row, _, { loaders }) => (row.createdById ? loaders.userById.load(row.createdById) : null),
    encoding: (row) => encodingToApi(row.encoding),
    columns: (row) => importColumns(row),
    unmappedColumns: (row) => unmappedColumns(row),
    targets: async (row, _, { loaders }) => importTargets(pickDefinitions(await loaders.customFieldDefinitionsByProgram.load(row.programId), 'PARTNERSHIP')),
    warnings: (row) => row.warnings.map((w) => ({ line: w.line, message: w.message })),
    group: (row, _, { loaders }) => (row.groupId ? loaders.groupById.load({ programId: row.programId, id: row.groupId }) : null),
    importedBefore: (row, _, { loaders }) => loaders.importedBefore.load(row.id),
    rowsPerSecond: (row) => rate(row),
    secondsLeft: (row) => importPace(row).secondsLeft,
    preview: async (row, _, { db, loaders }) => (row.status === IMPORT_STATUS.DRAFT ? previewImport(db, (await loaders.programById.load(row.programId))!, row) : null),
    problemRowsUrl: async (row, _, { loaders }) => importUrl(row, (await loaders.programById.load(row.programId))!.slug, 'problems.csv'),
    failedRowsUrl: async (row, _, { loaders }) => importUrl(row, (await loaders.programById.load(row.programId))!.slug, 'failed.csv'),
  },
};
