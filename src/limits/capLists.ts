import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { BadUserInputError } from '../errors';
import { LIST_CAPS } from './listCaps';

const truncate = (value: unknown, n: number): unknown => (Array.isArray(value) && value.length > n ? value.slice(0, n) : value);

/** What is left of a grouping's shared total, by each group it returned (LIST_CAPS' `share`). */
const groupBudgets = new WeakMap<object, { field: string; left: number }>();

/** Registers a grouping's groups under one budget for their inner lists. */
function shareBudget(groups: unknown, field: string, total: number): unknown {
  if (!Array.isArray(groups)) return groups;
  const budget = { field, left: total };
  for (const group of groups) if (group && typeof group === 'object') groupBudgets.set(group, budget);
  return groups;
}

/** An inner list cut to what its grouping's budget has left, and the budget charged for it. */
function chargeBudget(source: unknown, field: string, value: unknown): unknown {
  const budget = source && typeof source === 'object' ? groupBudgets.get(source) : undefined;
  if (!budget || budget.field !== field || !Array.isArray(value)) return value;
  const kept = truncate(value, Math.max(budget.left, 0)) as unknown[];
  budget.left -= kept.length;
  return kept;
}

/**
 * Enforces LIST_CAPS in one place: every listed field's resolver is wrapped so its list is cut to `first` (when the
 * field takes it) or to its cap, and a grouping's inner lists to their shared total. The node count already refused a `first` over the cap before execution; the
 * check here is for a caller that reaches the resolvers some other way.
 */
export function capLists(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const limit = LIST_CAPS[`${type.name}.${field.name}`];
      if (!limit || limit.cap === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const { cap, share } = limit;
      const name = field.name;
      const cut = (source: unknown, value: unknown, n: number) => {
        const kept = chargeBudget(source, name, truncate(value, n));
        return share ? shareBudget(kept, share.field, share.total) : kept;
      };
      field.resolve = (source, args, context, info) => {
        let n = cap;
        if (limit.first && typeof args.first === 'number') {
          if (args.first < 0 || args.first > cap) throw new BadUserInputError(`first on ${type.name}.${name} must be 0..${cap}`, { argument: 'first' });
          n = args.first;
        }
        const result = resolve(source, args, context, info);
        return result instanceof Promise ? result.then((value) => cut(source, value, n)) : cut(source, result, n);
      };
    }
  }
  return schema;
}
