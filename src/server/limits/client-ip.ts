import { isIPv4, isIPv6 } from 'node:net';
import { trustedProxyCount } from './rate-limit-settings';

/** Headers as a Request, Next's headers() and Apollo's HeaderMap all give them. */
export interface HeaderReader {
  get(name: string): string | null | undefined;
}

/** Stands for every request whose address cannot be told (no X-Forwarded-For, as in-process calls). */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The client's address, as the server in front of the app saw it. Next route handlers get no
 * socket address; instead `next start` writes the connection's address into X-Forwarded-For
 * when a request has none, and a reverse proxy appends the address it saw. So the client is the
 * last entry, or with TRUST_PROXY=N proxies in front, the Nth entry from the right (entries left
 * of it are whatever the client sent). A client talking straight to `next start` can send its own
 * header, which Next keeps: production belongs behind a proxy that appends to it.
 *
 * IPv6 clients are counted per /64, the block one connection is usually given.
 */
export function clientIp(headers: HeaderReader): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!forwarded.length) return UNKNOWN_CLIENT;
  const fromRight = Math.max(trustedProxyCount(), 1);
  return normalizeIp(forwarded[Math.max(forwarded.length - fromRight, 0)]) ?? UNKNOWN_CLIENT;
}

function normalizeIp(entry: string): string | null {
  // "[::1]:3000" and "1.2.3.4:3000" carry a port; a zone ("fe80::1%eth0") names a local interface.
  let address = entry.replace(/^\[([^\]]+)\](:\d+)?$/, '$1').replace(/%.*$/, '');
  if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return null;
  const mapped = /^(?:0*:)*:?ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, "::" expanded, without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head, tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  // An embedded IPv4 tail ("64:ff9b::1.2.3.4") is two groups.
  const last = right.length ? right : left;
  const v4 = last.length && isIPv4(last[last.length - 1]) ? last.pop()!.split('.').map(Number) : null;
  if (v4) last.push(((v4[0] << 8) | v4[1]).toString(16), ((v4[2] << 8) | v4[3]).toString(16));
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) => Number.parseInt(group, 16).toString(16));
}
