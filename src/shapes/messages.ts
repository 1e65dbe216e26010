import { z } from 'zod';

/**
 * A message's body as the composer and the server accept it (no server code here). Plain text:
 * links in it are made clickable when shown, and nothing in it is ever read as HTML.
 */
export const MESSAGE_MAX_LENGTH = 5000;

/** Characters as the database's check counts them (code points: an emoji is one, not two UTF-16 units). */
export const messageLength = (body: string) => [...body].length;

export const messageBodyShape = z
  .string()
  .trim()
  .min(1, 'Write a message first.')
  .superRefine((body, ctx) => {
    if (messageLength(body) > MESSAGE_MAX_LENGTH) {
      ctx.addIssue({ code: 'too_big', origin: 'string', maximum: MESSAGE_MAX_LENGTH, inclusive: true, input: body, message: `A message can be at most ${MESSAGE_MAX_LENGTH} characters.` });
    }
  });
