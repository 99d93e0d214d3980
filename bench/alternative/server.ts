/**
 * `@neo4j/graphql`'s generated API served over HTTP the way PlanGraph's is (Apollo Server 5 on express), for the
 * benchmark's third column. NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and PORT as for PlanGraph.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { loadConfig } from '../../src/config';
import { openDriver } from '../../src/db/gateway';
import { buildNeo4jGraphqlSchema } from './neo4jGraphql';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.NEO4J_URI) throw new Error('NEO4J_URI is required');
  const driver = openDriver({ uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  const apollo = new ApolloServer({ schema: await buildNeo4jGraphqlSchema(driver), csrfPrevention: false });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  const server = app.listen(config.PORT, '127.0.0.1', () => console.log(`neo4j-graphql listening on ${config.PORT}`));
  process.on('SIGTERM', () => {
    server.close();
    void apollo.stop().then(() => driver.close()).then(() => process.exit(0));
  });
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
