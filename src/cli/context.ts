import { loadConfig, type ApiToken } from '../config';
import { createLoaders, type GraphContext } from '../context';
import { connectDatabase, type Database } from '../db/connect';
import { createLogger } from '../logger';

/** A resolver-style context for command-line tools, acting as `caller`; close the database when done. */
export async function cliContext(caller: ApiToken): Promise<{ ctx: GraphContext; database: Database }> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const database = await connectDatabase(config, log, { reuseRunning: true, bulk: true });
  return { ctx: { db: database.db, config, log, loaders: createLoaders(database.db), caller }, database };
}
