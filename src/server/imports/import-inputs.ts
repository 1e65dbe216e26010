import { z } from 'zod';

/**
 * The importer's GraphQL inputs. Mapping targets and group ids are checked against the program
 * by the use cases (they need the database); these shapes check what the input alone can show.
 */

/** CSV given as text: the GraphQL body is capped at 1 MB, larger files go to the upload route. */
export const IMPORT_TEXT_MAX_CHARS = 1_000_000;

export const importFilenameShape = z
  .string()
  .trim()
  .min(1, 'Give the file a name.')
  .max(255, 'Use at most 255 characters for the file name.');

export const importSettingsInput = z.object({
  mapping: z
    .array(z.object({ index: z.number().int().min(0, 'A column index is 0 or more.'), target: z.string().nullish() }))
    .max(1000, 'A file can have at most 1000 columns.')
    .nullish(),
  groupId: z.string().nullish(),
  duplicateMode: z.enum(['SKIP', 'UPDATE']).nullish(),
  notify: z.boolean().nullish(),
  dateOrder: z.enum(['MDY', 'DMY']).nullish(),
  encoding: z.enum(['UTF_8', 'UTF_16LE', 'UTF_16BE', 'WINDOWS_1252']).nullish(),
});
export type ImportSettingsInput = z.infer<typeof importSettingsInput>;

export const createImportInput = z.object({
  programId: z.string(),
  csv: z.string().max(IMPORT_TEXT_MAX_CHARS, 'CSV text can be at most 1 MB; upload larger files to the upload route.'),
  filename: importFilenameShape,
});

export const updateImportInput = z.object({ importId: z.string(), settings: importSettingsInput });

export const startImportInput = z
  .object({
    importId: z.string().nullish(),
    programId: z.string().nullish(),
    csv: z.string().max(IMPORT_TEXT_MAX_CHARS, 'CSV text can be at most 1 MB; upload larger files to the upload route.').nullish(),
    filename: importFilenameShape.nullish(),
    settings: importSettingsInput.nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.importId) {
      if (input.csv != null) ctx.addIssue({ code: 'custom', path: ['csv'], message: 'Give either an uploaded importId or csv text, not both.' });
      return;
    }
    if (!input.programId) ctx.addIssue({ code: 'custom', path: ['programId'], message: 'Give the program to import into (or an uploaded importId).' });
    if (input.csv == null) ctx.addIssue({ code: 'custom', path: ['csv'], message: 'Give the CSV text (or an uploaded importId).' });
    if (!input.filename) ctx.addIssue({ code: 'custom', path: ['filename'], message: 'Give the file a name.' });
  });

export const importIdInput = z.object({ importId: z.string() });
