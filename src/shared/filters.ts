import { parseEntityId } from '../graph/ids';
/** A filter as Cypher conditions on `n` (fixed strings written in code) and their parameters. */
export interface NodeFilter {
  conditions: string[];
  params: Record<string, unknown>;
}

/** Builds a NodeFilter from fixed Cypher fragments: each added only when its value is given. */
export class FilterBuilder {
  private readonly conditions: string[] = [];
  private readonly params: Record<string, unknown> = {};

  /** Adds `condition` with its parameter when `value` is neither null nor undefined. */
  when(value: unknown, condition: string, param?: string): this {
    if (value === null || value === undefined) return this;
    this.conditions.push(condition);
    if (param) this.params[param] = value;
    return this;
  }

  /** Adds one of two conditions for a boolean flag. */
  flag(value: boolean | null | undefined, ifTrue: string, ifFalse: string): this {
    if (value === true) this.conditions.push(ifTrue);
    if (value === false) this.conditions.push(ifFalse);
    return this;
  }

  /** A case-insensitive substring match on any of the given properties (fixed names). */
  text(value: string | null | undefined, properties: string[]): this {
    if (!value) return this;
    this.conditions.push(`(${properties.map((p) => `toLower(coalesce(${p}, '')) CONTAINS $text`).join(' OR ')})`);
    this.params.text = value.toLowerCase();
    return this;
  }

  /** Only what belongs to one plan (a `Plan:<key>` id): by default nodes whose planId is the key. */
  plan(planId: string | null | undefined, condition = 'n.planId = $plan'): this {
    if (!planId) return this;
    parseEntityId(planId, 'Plan');
    return this.when(planId.slice('Plan:'.length), condition, 'plan');
  }

  build(): NodeFilter {
    return { conditions: this.conditions, params: this.params };
  }
}
