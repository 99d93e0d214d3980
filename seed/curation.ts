/** The curated YAML files' schemas, kept in src/graph/curation.ts (the API's curation export checks against them too). */
export * from '../src/graph/curation';
