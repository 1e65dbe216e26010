import { rateLimitHeaders, type RateLimitState } from './rate-limiter';

// Keyed by the request's Headers object: the viewer is resolved deep inside the GraphQL context,
// and the route adds the headers to whatever response comes out. Entries go with their request.
const usageByRequest = new WeakMap<Headers, RateLimitState>();

/** Remembers where an API key stands after this request counted against it. */
export function recordApiKeyUsage(headers: Headers, state: RateLimitState): void {
  usageByRequest.set(headers, state);
}

/** Adds the key's RateLimit headers to the response of a request made with an API key. */
export function withApiKeyUsageHeaders(requestHeaders: Headers, response: Response): Response {
  const state = usageByRequest.get(requestHeaders);
  if (!state) return response;
  for (const [name, value] of Object.entries(rateLimitHeaders(state))) response.headers.set(name, value);
  return response;
}
