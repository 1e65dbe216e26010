import { z } from 'zod';

/** Group settings' shapes, shared by the group use cases and the group forms (no server code here). */
export const groupName = z.string().trim().min(1, 'Enter a group name.').max(80, 'Use at most 80 characters.');
export const httpUrl = z
  .string()
  .trim()
  .max(2000, 'Use at most 2000 characters.')
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'Enter a full web address starting with https://.');
export const commissionRate = z
  .number({ message: 'Enter a number.' })
  .min(0, 'Must be 0 or more.')
  .max(100, 'Must be 100 or less.')
  .refine((v) => Number.isInteger(Math.round(v * 100)) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'Use at most two decimals.');
export const welcomeEmailSubject = z.string().trim().max(200, 'Use at most 200 characters.');
export const welcomeEmailBody = z.string().trim().max(5000, 'Use at most 5000 characters.');
