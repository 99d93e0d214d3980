import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { BadUserInputError } from '../errors';
import { LIST_CAPS } from './listCaps';

/** What an operation can return at most, computed from the document alone, before any resolver runs. */
export interface Price {
  /** Objects and list items the answer can hold: each field's items times its parents', summed (GitHub's node count). */
  nodes: number;
  /** The expensive resolvers' prices (FIELD_PRICES), each times how often the field can run. */
  cost: number;
}

type FieldPrice = (args: Record<string, unknown>) => number;

/** The change feed's pages (`changes`, `history`): larger than the other connections', as its resolver allows. */
export const FEED_PAGE = { defaultPage: 100, maxPage: 1000 } as const;

/** Page sizes the node count needs: a connection's default and maximum `first`. */
export interface PageSizes {
  defaultPage: number;
  maxPage: number;
}

/** The inner list of a grouping (LIST_CAPS' `share`) and the items each group may have on average. */
interface Share {
  field: string;
  items: number;
}

const ZERO: Price = { nodes: 0, cost: 0 };
const add = (a: Price, b: Price): Price => ({ nodes: a.nodes + b.nodes, cost: a.cost + b.cost });
const times = (a: Price, n: number): Price => ({ nodes: a.nodes * n, cost: a.cost * n });

const isConnection = (field: GraphQLField<unknown, unknown>) => getNamedType(field.type).name.endsWith('Connection');

/**
 * Prices one operation: how many nodes it can return (a connection's `first` or default page, a capped list's
 * `first` or cap, one per id for `nodes(ids)`; nested lists multiply; on an abstract type, its most expensive
 * possible type) and what its priced resolvers cost. Throws BAD_USER_INPUT for a `first` over a list's cap; throws on a list it has no cap for, so a
 * field added without one is refused rather than run unpriced.
 */
export function priceOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  pages: PageSizes,
  prices: Record<string, FieldPrice>,
): Price {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // Each selection set is priced once per concrete type and page, so fragments spread many times, and selections
  // under abstract types priced per possible type, keep the walk linear in the document.
  const memo = new Map<SelectionSetNode, Map<string, Price>>();

  /** A selection set on an abstract type costs what it costs on its most expensive possible type. */
  const priceSet = (set: SelectionSetNode, parent: GraphQLCompositeType, page: number, share?: Share): Price => {
    const types = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent as GraphQLObjectType];
    let most = ZERO;
    for (const type of types) {
      const price = priceOn(set, type, page, share);
      if (price.nodes > most.nodes || (price.nodes === most.nodes && price.cost > most.cost)) most = price;
    }
    return most;
  };

  /** A selection set's price when the object is of this concrete type. */
  const priceOn = (set: SelectionSetNode, type: GraphQLObjectType, page: number, share?: Share): Price => {
    const byType = memo.get(set) ?? memo.set(set, new Map()).get(set)!;
    const key = `${type.name}@${page}${share ? `/${share.field}:${share.items}` : ''}`;
    const known = byType.get(key);
    if (known) return known;
    byType.set(key, ZERO); // a fragment cycle (refused by validation anyway) must not recurse forever
    let total = ZERO;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) throw new Error(`unknown fragment ${(selection as { name: { value: string } }).name.value}`);
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        if (!condition || !applies(condition, type)) continue;
        total = add(total, priceOn(fragment.selectionSet, type, page, share));
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename') continue;
      // Introspection (off in production) answers from the schema, bounded by its size: one node per field asked.
      if (name === '__schema' || name === '__type') {
        total = add(total, { nodes: 1 + countFields(selection.selectionSet), cost: 0 });
        continue;
      }
      const field = type.getFields()[name];
      if (!field) throw new Error(`unknown field ${type.name}.${name}`);
      const args = getArgumentValues(field, selection, variables);
      const list = isListType(getNullableType(field.type));
      let items = 1;
      let childPage = page;
      let childShare: Share | undefined;
      if (isConnection(field)) {
        // A page is `first` forwards or `last` backwards; the change feed's pages go further than the others.
        const size = (args.first ?? args.last) as number | null | undefined;
        const feed = type.name === 'Query' && (name === 'changes' || name === 'history');
        childPage = Math.max(Math.min(size ?? (feed ? FEED_PAGE.defaultPage : pages.defaultPage), feed ? FEED_PAGE.maxPage : pages.maxPage), 0);
      } else if (list && type.name.endsWith('Connection')) {
        items = page; // edges or nodes of a connection: one per item of its page
      } else if (list) {
        items = listItems(type, name, args);
        // A grouping's inner lists share one total: each group gets its equal part, so the groups together cost the total.
        if (share && name === share.field) items = Math.min(items, share.items);
        const grouping = LIST_CAPS[`${type.name}.${name}`]?.share;
        if (grouping && items > 0) childShare = { field: grouping.field, items: grouping.total / items };
      }
      const named = getNamedType(field.type);
      const own: Price = {
        // Objects are nodes; a list of scalars is bounded by its cap and, in bytes, by the answer's ceiling.
        nodes: isCompositeType(named) ? items : 0,
        cost: type === schema.getQueryType() ? (prices[name]?.(args) ?? 0) : 0,
      };
      const children = selection.selectionSet ? times(priceSet(selection.selectionSet, named as GraphQLCompositeType, childPage, childShare), items) : ZERO;
      total = add(total, add(own, children));
    }
    byType.set(key, total);
    return total;
  };

  const applies = (condition: GraphQLNamedType, type: GraphQLObjectType) =>
    condition === type || (isAbstractType(condition) && schema.isSubType(condition, type));

  /** How many items a plain list field returns at most: its `first`, else its cap (search and nodes: their arguments). */
  const listItems = (type: GraphQLObjectType, name: string, args: Record<string, unknown>): number => {
    const limit = LIST_CAPS[`${type.name}.${name}`];
    if (!limit) throw new Error(`no cap for the list ${type.name}.${name}`);
    if (`${type.name}.${name}` === 'Query.nodes') return Array.isArray(args.ids) ? args.ids.length : 1;
    if (`${type.name}.${name}` === 'Query.search') return Math.max(Math.min(typeof args.first === 'number' ? args.first : 20, pages.maxPage), 0);
    if (limit.first && typeof args.first === 'number') {
      if (args.first < 0 || args.first > limit.cap) throw new BadUserInputError(`first on ${type.name}.${name} must be 0..${limit.cap}`, { argument: 'first' });
      return args.first;
    }
    return limit.cap;
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) throw new Error(`the schema has no ${operation.operation} type`);
  const price = priceOn(operation.selectionSet, root, pages.defaultPage);
  return { nodes: Math.ceil(price.nodes), cost: Math.ceil(price.cost) };
}

/** Fields in an introspection selection, spreads not followed (introspection is bounded by the schema). */
function countFields(set: SelectionSetNode | undefined): number {
  if (!set) return 0;
  let n = 0;
  for (const s of set.selections) n += s.kind === Kind.FIELD ? 1 + countFields(s.selectionSet) : s.kind === Kind.INLINE_FRAGMENT ? countFields(s.selectionSet) : 1;
  return n;
}
