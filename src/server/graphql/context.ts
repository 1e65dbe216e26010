import type { Database } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: Database;
  viewer: Viewer;
  loaders: Loaders;
}

export function createContext(db: Database, viewer: Viewer): Context {
  return { db, viewer, loaders: createLoaders(db, viewer) };
}
