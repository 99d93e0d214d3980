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
