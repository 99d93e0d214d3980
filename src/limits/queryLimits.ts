import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { getOperationAST, getVariableValues, GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Config } from '../config';
import type { GraphContext } from '../context';
import { QueryTooCostlyError } from '../errors';
import { priceOperation, type PageSizes, type Price } from './price';

/**
 * What the expensive root fields cost whatever their selection: each walks or rolls up much of the graph in
 * Neo4j, so 400 aliases of `impact` must not pass as 400 cheap fields. Impact scales with its depth.
 */
// A depth past impact's own maximum (6) is refused by its resolver as BAD_USER_INPUT, so it is priced at that maximum.
const impactPrice = (args: Record<string, unknown>) => 200 * (typeof args.maxDepth === 'number' ? Math.min(Math.max(args.maxDepth, 1), 6) : 4);
export const FIELD_PRICES: Record<string, (args: Record<string, unknown>) => number> = {
  impact: impactPrice,
  impactDiagram: impactPrice,
  whatIfAgencyDissolved: () => 500,
  whatIfTaskDropped: () => 500,
  whatIfLawAmended: () => 500,
  midTermReview: () => 1_000,
  finalReview: () => 1_000,
  warnings: () => 1_000,
  search: () => 50,
  gaps: () => 300,
  exportGraph: () => 5_000,
};

/** The limits an operation is priced against. */
export interface PriceLimits {
  maxNodes: number;
  maxCost: number;
  pages: PageSizes;
}

/** The page sizes of the configuration: a connection's default page is 50 or the maximum when smaller. */
export const pageSizes = (config: Pick<Config, 'MAX_PAGE_SIZE'>): PageSizes => ({ defaultPage: Math.min(50, config.MAX_PAGE_SIZE), maxPage: config.MAX_PAGE_SIZE });

/** An operation's price (node count and priced resolvers); throws when it cannot be priced. */
export function priceOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, pages: PageSizes, operationName?: string): Price {
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new Error('no operation to price');
  return priceOperation(schema, document, operation, variables, pages, FIELD_PRICES);
}

/** graphql-js's own words for a document whose operation cannot be chosen, answered 400 before anything runs. */
function unresolvedOperation(document: DocumentNode, operationName: string | null | undefined): GraphQLError {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
  const message = operationName
    ? `Unknown operation named "${operationName.slice(0, 100)}".`
    : operations === 0
      ? 'Must provide an operation.'
      : 'Must provide operation name if query contains multiple operations.';
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
}

/**
 * Refuses, before any resolver runs, an operation that can return more than `maxNodes` nodes or whose priced
 * resolvers cost more than `maxCost`. It fails closed: an operation it cannot price is refused too, never run
 * unpriced. The one exception is variables that do not coerce, which execution itself refuses (BAD_USER_INPUT)
 * before any resolver runs. A document without the operation asked for is a 400 here too.
 */
export function costLimitPlugin(schema: GraphQLSchema, limits: PriceLimits): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        // After validation, so the variables are known (a validation rule would not see them).
        async didResolveOperation({ request, document, operation }) {
          if (!operation) throw unresolvedOperation(document, request.operationName);
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return;
          let price: Price;
          try {
            price = priceOperation(schema, document, operation, coerced.coerced, limits.pages, FIELD_PRICES);
          } catch (error) {
            if (error instanceof GraphQLError && error.extensions.code) throw error;
            throw new QueryTooCostlyError(`the query could not be priced, so it is refused: ${(error as Error).message.slice(0, 200)}`);
          }
          if (price.nodes > limits.maxNodes) {
            throw new QueryTooCostlyError(`the query can return up to ${price.nodes} nodes, over the limit of ${limits.maxNodes}; ask for fewer with first`);
          }
          if (price.cost > limits.maxCost) throw new QueryTooCostlyError(`query cost ${price.cost} is over the limit of ${limits.maxCost}`);
        },
      };
    },
  };
}

/**
 * GraphQL Armor's limits: aliases (`__typename` aliases counted too: a padded fragment is still padding),
 * directives and depth as validation rules. Lexical tokens are
 * bounded by the parser itself (see buildApolloServer's parseOptions), which stops reading at the limit.
 */
export function armorProtection(config: Config): { plugins: ApolloServerPlugin<GraphContext>[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxAliases: { n: config.MAX_ALIASES, allowList: [] },
    // Counted by graphql-js's own parser (parseOptions.maxTokens), which Apollo answers with 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: config.MAX_DIRECTIVES },
    maxDepth: { n: config.MAX_QUERY_DEPTH, flattenFragments: true, ignoreIntrospection: true },
    // Priced by costLimitPlugin, which counts the nodes pages and caps allow and knows the expensive resolvers.
    costLimit: { enabled: false },
    // Every suggestion ("Did you mean …", fields, enum values, types, arguments) is stripped by formatError instead.
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: plugins as ApolloServerPlugin<GraphContext>[], validationRules: validationRules as ValidationRule[] };
}
