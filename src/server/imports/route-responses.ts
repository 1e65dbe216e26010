import { withApiKeyUsageHeaders } from '../limits/api-key-usage';
import { requestIsHttps, securityHeaders } from '../http/security-headers';
import { AccessError, httpStatusOf, InvalidInputError } from '../shared/errors';
import { CSV_FILE_ERROR } from './read-csv';

/**
 * The importer's HTTP routes answer outside src/proxy.ts (its body buffering would cut an upload
 * at 10 MB), so they set the security headers the proxy gives every other answer themselves.
 */
export function importRouteResponse(request: Request, response: Response): Response {
  const url = new URL(request.url);
  for (const [name, value] of Object.entries(securityHeaders({ pathname: url.pathname, https: requestIsHttps(url, request.headers), nonce: '', development: process.env.NODE_ENV === 'development' }))) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return withApiKeyUsageHeaders(request.headers, response);
}

/** A refused request as JSON: access errors as the partners export answers them, input problems as userErrors (413 for a file over the limit). */
export function refusedResponse(error: AccessError | InvalidInputError): Response {
  if (error instanceof AccessError) return Response.json({ error: { code: error.code, message: error.message } }, { status: httpStatusOf(error) });
  const fileError = (error.payload as { fileError?: { code: string } }).fileError;
  return Response.json({ userErrors: error.userErrors, ...(fileError ? { fileError } : {}) }, { status: fileError?.code === CSV_FILE_ERROR.TOO_LARGE ? 413 : 400 });
}
