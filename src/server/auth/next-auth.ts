import 'server-only';
import NextAuth from 'next-auth';
import { getDb } from '../db/bootstrap';
import { buildAuthConfig } from './config';

// Lazy config: the database opens on the first auth request, never during `next build`.
export const { handlers, auth, signIn, signOut } = NextAuth(async () => buildAuthConfig(await getDb()));
