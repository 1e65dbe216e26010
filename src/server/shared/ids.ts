/**
 * Opaque GraphQL IDs: base64url of "Type:uuid". Clients treat them as strings; the type prefix
 * stops an id of one kind being accepted where another is meant.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type NodeType = 'Program' | 'Group' | 'ApiKey' | 'Partner' | 'Partnership' | 'Member' | 'Invite' | 'User' | 'CustomField';

export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** The database id inside a global id of `type`, or null when it is not one. */
export function fromGlobalId(type: NodeType, globalId: string): string | null {
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  } catch {
    return null;
  }
  const sep = decoded.indexOf(':');
  if (sep < 0 || decoded.slice(0, sep) !== type) return null;
  const id = decoded.slice(sep + 1);
  if (type === 'User') return id.length > 0 && id.length <= 64 ? id : null;
  return UUID.test(id) ? id.toLowerCase() : null;
}
