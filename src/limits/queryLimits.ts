import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { getVariableValues, getNamedType, getNullableType, isListType, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Config } from '../config';
import type { GraphContext } from '../context';
import { QueryTooCostlyError } from '../errors';

/** Fan-out assumed for a list field that takes no `first`. */
const ASSUMED_LIST_SIZE = 10;

/**
 * What the expensive root fields cost whatever their selection: each walks or rolls up much of the graph in
 * Neo4j, so 400 aliases of `impact` must not pass as 400 cheap fields. Impact scales with its depth.
 */
// A depth past impact's own maximum (6) is refused by its resolver as BAD_USER_INPUT, so it is priced at that maximum.
const impactPrice = (args: Record<string, unknown>) => 200 * (typeof args.maxDepth === 'number' ? Math.min(Math.max(args.maxDepth, 1), 6) : 4);
const FIELD_PRICES: Record<string, (args: Record<string, unknown>) => number> = {
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

/**
 * A field's cost: its price if it is an expensive root field, plus 1 and its selections times how many items it
 * can return — `first` (or the default page) for connections, an assumed fan-out for other lists.
 */
const priceAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity, type }) => {
  // Introspection, and a connection's own edges (the connection field already counted its page).
  if (type.name.startsWith('__') || type.name.endsWith('Connection')) return 1 + childComplexity;
  const price = type.name === 'Query' ? (FIELD_PRICES[field.name]?.(args) ?? 0) : 0;
  // A connection's page is `first` forwards or `last` backwards.
  const first = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
  const isConnection = getNamedType(field.type).name.endsWith('Connection');
  const multiplier = first !== undefined ? Math.max(first, 1) : isConnection ? 50 : isListType(getNullableType(field.type)) ? ASSUMED_LIST_SIZE : 1;
  return price + (1 + childComplexity) * multiplier;
};

/** An operation's estimated cost; throws when it cannot be estimated. */
export function estimateCost(schema: GraphQLSchema, document: Parameters<typeof getComplexity>[0]['query'], variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [priceAwareEstimator, simpleEstimator({ defaultComplexity: 1 })] });
}

/**
 * Refuses an operation priced over the limit. It fails closed: an operation the estimator cannot price is refused
 * too, never run unpriced. The one exception is variables that do not coerce, which execution itself refuses
 * (BAD_USER_INPUT) before any resolver runs.
 */
export function costLimitPlugin(schema: GraphQLSchema, maximum: number): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        // After validation, so the variables are known (a validation rule would not see them).
        async didResolveOperation({ request, document, operation }) {
          const coerced = getVariableValues(schema, (operation as OperationDefinitionNode).variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return;
          let cost: number;
          try {
            cost = estimateCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch (error) {
            throw new QueryTooCostlyError(`the query could not be priced, so it is refused: ${(error as Error).message.slice(0, 200)}`);
          }
          if (cost > maximum) throw new QueryTooCostlyError(`query cost ${cost} is over the limit of ${maximum}`);
        },
      };
    },
  };
}

/**
 * GraphQL Armor's limits: aliases (`__typename` aliases counted too: a padded fragment is still padding),
 * directives and depth as validation rules; field suggestions masked unless introspection is on. Lexical tokens are
 * bounded by the parser itself (see buildApolloServer's parseOptions), which stops reading at the limit.
 */
export function armorProtection(config: Config): { plugins: ApolloServerPlugin<GraphContext>[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxAliases: { n: config.MAX_ALIASES, allowList: [] },
    // Counted by graphql-js's own parser (parseOptions.maxTokens), which Apollo answers with 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: config.MAX_DIRECTIVES },
    maxDepth: { n: config.MAX_QUERY_DEPTH, flattenFragments: true, ignoreIntrospection: true },
    // Priced by costLimitPlugin, which knows connections' pages and the expensive resolvers.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !config.introspection },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: plugins as ApolloServerPlugin<GraphContext>[], validationRules: validationRules as ValidationRule[] };
}
