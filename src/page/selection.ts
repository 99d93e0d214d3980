import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { NodeLabel } from '../graph/graph';
import { RELATIONS, type RelationKey } from '../relation/relations';

/** The fields a selection set asks for, through fragments and inline fragments (over-asking is harmless here). */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((s) => {
    if (s.kind === 'Field') return [s];
    if (s.kind === 'InlineFragment') return fieldsOf(s.selectionSet, info);
    return fieldsOf(info.fragments[s.name.value]?.selectionSet, info);
  });
}

const isRelationKey = (key: string): key is RelationKey => key in RELATIONS;

/**
 * The relations a connection's `edges { node { … } }` selection walks (fields without arguments named as in
 * RELATIONS, e.g. Indicator.ownedBy): looked ahead so the page can read them in its own statement and prime the
 * relation loaders, as @neo4j/graphql compiles a selection into one query.
 */
export function selectedRelations(info: GraphQLResolveInfo | undefined, label: NodeLabel): RelationKey[] {
  if (!info) return [];
  const nodes = info.fieldNodes.flatMap((f) => fieldsOf(f.selectionSet, info).filter((e) => e.name.value === 'edges'));
  const fields = nodes.flatMap((e) => fieldsOf(e.selectionSet, info).filter((n) => n.name.value === 'node')).flatMap((n) => fieldsOf(n.selectionSet, info));
  const keys = new Set<RelationKey>();
  for (const field of fields) {
    const key = `${label}.${field.name.value}`;
    if (!field.arguments?.length && isRelationKey(key)) keys.add(key);
  }
  return [...keys];
}

/**
 * The names of the fields asked for under `path` (field names from the resolved field down, through fragments), e.g.
 * `selectedFields(info, 'affected')` for `impact { affected { distance node { id } } }` is {distance, node}. An
 * absent info (a call from code, not from a query) answers null: the caller then reads everything.
 */
export function selectedFields(info: GraphQLResolveInfo | undefined, ...path: string[]): Set<string> | null {
  if (!info) return null;
  let fields = info.fieldNodes;
  for (const name of path) fields = fields.flatMap((f) => fieldsOf(f.selectionSet, info).filter((x) => x.name.value === name));
  return new Set(fields.flatMap((f) => fieldsOf(f.selectionSet, info)).map((f) => f.name.value));
}
