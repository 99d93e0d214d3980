/**
 * The best-known alternative, for the benchmark: `@neo4j/graphql` generating a GraphQL API from type definitions
 * over the same database. The types cover what the flagship questions read; questions the library cannot express
 * in its generated filters (full-text search over several labels, the impact walk) use its `@cypher` directive
 * with the same hand-written Cypher as the raw floor, which is how a team on that library would write them.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { SEARCH_INDEX, WORDS_INDEX } from '../../src/db/schema';
import { KIND_WEIGHT, SEARCH_CYPHER } from '../../src/search/search.repository';
import { IMPACT_CYPHER } from '../questions';

/** PlanGraph's kind weights as a Cypher map literal: @cypher statements take only the field's arguments. */
const KIND_WEIGHTS_LITERAL = `{${Object.entries(KIND_WEIGHT).map(([kind, weight]) => `${kind}: ${weight}`).join(', ')}}`;

/** PlanGraph's search statement with its non-argument parameters as literals, returning what SearchHit holds. */
const SEARCH_STATEMENT = SEARCH_CYPHER.replaceAll('$wordsIndex', `'${WORDS_INDEX}'`)
  .replaceAll('$fragmentsIndex', `'${SEARCH_INDEX}'`)
  .replaceAll('$weights', KIND_WEIGHTS_LITERAL)
  .replaceAll('$candidates', '($first * 3)')
  .replaceAll('$exactLimit', '50')
  .replaceAll('$limit', '$first')
  .replace(/RETURN labels\(node\) AS labels[^`]*$/, 'RETURN {id: node.id, score: best.weighted} AS hit');

export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Indicator @node {
    id: ID!
    name: String!
    nameEn: String
    attribute: String
    source: String
    planId: String
    number: Int
    ord: Int
    targetRaw: String
    targetValue: Float
    targetComparator: String
    targetKind: String
    targetYear: Int
    baselineValue: Float
    baselineYear: Int
    ownedBy: [Agency!]! @relationship(type: "OWNED_BY", direction: OUT)
    measures: [Goal!]! @relationship(type: "MEASURES", direction: OUT)
    measurements: [Measurement!]! @relationship(type: "HAS_MEASUREMENT", direction: OUT)
  }
  type Agency @node {
    id: ID!
    name: String!
  }
  type Goal @node {
    id: ID!
    name: String!
  }
  type Measurement @node {
    year: Int!
    value: Float!
  }
  type SearchHit {
    id: ID!
    score: Float!
  }
  type ImpactRow {
    id: ID!
    distance: Int!
  }
  type Query {
    searchEntities(numbers: [Int!]!, codes: [String!]!, ids: [ID!]!, words: [String!]!, fragments: [String!]!, exact: String, first: Int!): [SearchHit!]!
      @cypher(
        statement: """
        ${SEARCH_STATEMENT}
        """
        columnName: "hit"
      )
    impactOf(id: ID!): [ImpactRow!]!
      @cypher(
        statement: """
        ${IMPACT_CYPHER.replace('$source', '$id')}
        """
        columnName: "row"
      )
  }
`;

/** The generated executable schema over the given driver (one Neo4jGraphQL instance per process). */
export async function buildNeo4jGraphqlSchema(driver: Driver) {
  const library = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver });
  return library.getSchema();
}
