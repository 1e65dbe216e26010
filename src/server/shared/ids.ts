/**
 * Opaque GraphQL IDs: base64url of "Type:uuid". Clients treat them as strings; the type prefix
 * stops an id of one kind being accepted where another is meant.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** User ids are Auth.js ids (UUIDs today); anything outside this shape is not one of ours. */
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Longer than any global id we issue (the longest, "User:" and a 64-character id, is 92 characters). */
const MAX_GLOBAL_ID_LENGTH = 100;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export type NodeType = 'Program' | 'Import' | 'Group' | 'ApiKey' | 'Partner' | 'Partnership' | 'Member' | 'Invite' | 'User' | 'CustomField' | 'Application' | 'Message' | 'NetworkApplication';

export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/**
 * The database id inside a global id of `type`, or null when it is not one. Whatever the input
 * (not base64, huge, decoding to NUL bytes or invalid UTF-8), the answer is an id safe to put in
 * a query or null, so every caller can answer "not found".
 */
export function fromGlobalId(type: NodeType, globalId: string): string | null {
  if (typeof globalId !== 'string' || globalId.length > MAX_GLOBAL_ID_LENGTH || !/^[A-Za-z0-9_=-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep < 0 || decoded.slice(0, sep) !== type) return null;
  const id = decoded.slice(sep + 1);
  if (type === 'User') return USER_ID.test(id) ? id : null;
  return UUID.test(id) ? id.toLowerCase() : null;
}
