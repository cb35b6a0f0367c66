import { CompanionDb } from '../../lib/db/database';

let counter = 0;

/** A fresh database per test (fake-indexeddb keeps named ones alive between tests). */
export function freshDb(): CompanionDb {
  counter += 1;
  return new CompanionDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Every table's rows, for comparing whole databases. */
export async function dump(db: CompanionDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
