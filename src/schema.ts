import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The directory holding the SDL, one file per domain. */
export const SCHEMA_DIR = path.resolve(__dirname, '../schema');

/** The schema's SDL, every file of schema/ in name order. */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}
