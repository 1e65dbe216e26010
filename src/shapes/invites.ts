import { z } from 'zod';

/** An invite email's content as a manager writes it; shared by the invite use cases and the add-partner form. */
export const inviteContentShape = z.object({
  subject: z.string().trim().min(1, 'Enter a subject.').max(200, 'Use at most 200 characters.'),
  body: z.string().trim().min(1, 'Enter the message.').max(5000, 'Use at most 5000 characters.'),
  saveForFuture: z.boolean().nullish(),
});
