import { z } from 'zod';

/** Every rate limit the app applies, with the environment variable that sets it and its default. */
export const RATE_LIMITS = {
  /** Sign-in emails to one address: stops email bombing of one inbox. */
  signInPerEmail: { env: 'RATE_LIMIT_SIGNIN_PER_EMAIL', defaultSetting: '5/15m' },
  /** Sign-in requests from one client IP, whatever the address. */
  signInPerIp: { env: 'RATE_LIMIT_SIGNIN_PER_IP', defaultSetting: '20/15m' },
  /** Invite, join and email-change links opened or used from one client IP (page views and GraphQL fields). */
  tokenPerIp: { env: 'RATE_LIMIT_TOKEN_PER_IP', defaultSetting: '100/15m' },
  /** API keys that failed to authenticate from one client IP. */
  badApiKeyPerIp: { env: 'RATE_LIMIT_BAD_API_KEY_PER_IP', defaultSetting: '20/15m' },
  /** Requests made with one API key. */
  apiKey: { env: 'RATE_LIMIT_API_KEY', defaultSetting: '600/1m' },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

export interface RateLimitPolicy {
  name: RateLimitName;
  /** Hits allowed in one window. */
  limit: number;
  windowSeconds: number;
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
const SETTING = /^(\d{1,9})\/(\d{1,6})(s|m|h|d)$/;

/** `<count>/<window>` with a window in s, m, h or d (`5/15m`, `600/1m`), or `off`. */
const settingSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(new RegExp(`${SETTING.source}|^off$`), 'write a limit as <count>/<window> with a window in s, m, h or d (like 5/15m), or off')
  .transform((value) => {
    const match = SETTING.exec(value);
    if (!match) return null;
    return { limit: Number(match[1]), windowSeconds: Number(match[2]) * UNIT_SECONDS[match[3] as keyof typeof UNIT_SECONDS] };
  })
  .refine((value) => value === null || (value.limit > 0 && value.windowSeconds > 0), 'a limit needs a count and a window above 0');

/** RATE_LIMITS=off turns every limit off (for a trusted network or a load test). */
export function rateLimitsEnabled(): boolean {
  return (process.env.RATE_LIMITS ?? '').trim().toLowerCase() !== 'off';
}

/**
 * The policy in force for a limit, read from the environment on each use so a change needs no
 * restart in tests; null when that limit (or every limit) is off. A malformed setting is an
 * operator's mistake: it fails loudly, naming the variable, rather than silently not limiting.
 */
export function rateLimitPolicy(name: RateLimitName): RateLimitPolicy | null {
  if (!rateLimitsEnabled()) return null;
  const { env, defaultSetting } = RATE_LIMITS[name];
  const parsed = settingSchema.safeParse(process.env[env] || defaultSetting);
  if (!parsed.success) throw new Error(`${env}: ${parsed.error.issues[0].message} (got "${process.env[env]}").`);
  return parsed.data && { name, ...parsed.data };
}

const trustProxySchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(true|false|\d{1,2})?$/, 'TRUST_PROXY is true, false or the number of proxies in front of the app')
  .transform((value) => (value === 'true' ? 1 : value === 'false' || value === '' ? 0 : Number(value)));

/** How many reverse proxies in front of the app append to X-Forwarded-For (TRUST_PROXY). */
export function trustedProxyCount(): number {
  const parsed = trustProxySchema.safeParse(process.env.TRUST_PROXY ?? '');
  if (!parsed.success) throw new Error(`${parsed.error.issues[0].message} (got "${process.env.TRUST_PROXY}").`);
  return parsed.data;
}
