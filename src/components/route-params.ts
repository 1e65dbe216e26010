/**
 * An id from a dynamic route segment. Ids are opaque base64 and may arrive escaped (twice, from
 * some links); one that does not decode is just an unknown id, for the page to say "not found".
 */
export function idFromParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
