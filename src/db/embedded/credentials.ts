import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The embedded Neo4j's user; its password lives beside the store. */
export const EMBEDDED_USER = 'neo4j';
/** The password file's name inside the data directory (NEO4J_DATA_DIR). */
export const PASSWORD_FILE = 'neo4j-password';

/** Where the embedded Neo4j's password is kept for a data directory. */
export const passwordFileOf = (dataDir: string) => path.join(path.resolve(dataDir), PASSWORD_FILE);

/** Reads the password kept for `dataDir`, or null when there is none yet; a file others may read is made owner-only first. */
export function readEmbeddedPassword(dataDir: string): string | null {
  const file = passwordFileOf(dataDir);
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch {
    return null;
  }
  // Copied or restored with looser permissions: tighten before reading, so no other user keeps access.
  if ((mode & 0o077) !== 0) chmodSync(file, 0o600);
  const password = readFileSync(file, 'utf8').trim();
  if (password.length < 8) throw new Error(`${file} must hold a password of 8 or more characters`);
  return password;
}

/**
 * The embedded Neo4j's password for `dataDir`: read from `<dataDir>/neo4j-password`, or generated (32 random bytes,
 * base64url) and written there on first start, mode 0600 in a 0700 directory. To rotate it, write a new one into the
 * file and restart: the launcher sets it before Bolt opens.
 */
export function ensureEmbeddedPassword(dataDir: string): string {
  const existing = readEmbeddedPassword(dataDir);
  if (existing) return existing;
  mkdirSync(path.resolve(dataDir), { recursive: true, mode: 0o700 });
  const password = randomBytes(32).toString('base64url');
  try {
    // 'wx': two first starts at once must not each write their own; the loser reads the winner's.
    writeFileSync(passwordFileOf(dataDir), `${password}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readEmbeddedPassword(dataDir)!;
  }
  return password;
}
