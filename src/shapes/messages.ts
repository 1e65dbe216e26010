import { z } from 'zod';

/**
 * A message's body as the composer and the server accept it (no server code here). Plain text:
 * links in it are made clickable when shown, and nothing in it is ever read as HTML.
 */
export const MESSAGE_MAX_LENGTH = 5000;

export const messageBodyShape = z
  .string()
  .trim()
  .min(1, 'Write a message first.')
  .max(MESSAGE_MAX_LENGTH, `A message can be at most ${MESSAGE_MAX_LENGTH} characters.`);
