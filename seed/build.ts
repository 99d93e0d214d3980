import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'zod';
import {
  agenciesFileSchema, goalsFileSchema, indicatorsFileSchema, lawsFileSchema, planFileSchema, tasksFileSchema,
  type AgencyEntry, type GoalsFile, type IndicatorsFile, type LawEntry, type PlanFile, type TaskCuration,
} from '../src/graph/curation';
import { EDGE_ENDPOINTS, type EdgeType, type GraphEdge, type GraphNode, type Origin, type PlanGraphData } from '../src/graph/graph';
import { labelOfId, makeId } from '../src/graph/ids';
import { parseJurisdiction, planProps, registryScope } from '../src/importer/jurisdiction';
import { parseImportedText } from '../src/importer/parse/planText';
import type { ImportedText } from '../src/importer/parse/model';
import { parseTarget } from '../src/indicator/target.parse';
import { baselineProps, targetProps } from '../src/importer/props';
import type { ParsedPlan } from '../src/importer/parse/types';

/** One problem found while validating a plan's text and curation: which file, which key, what is wrong. */
export interface SeedProblem {
  file: string;
  key: string;
  message: string;
}

/** Everything read from disk for one plan, before validation. */
export interface PlanInputs {
  planDir: string;
  registryDir: string;
  source: string;
  plan: PlanFile;
  goals: GoalsFile;
  indicators: IndicatorsFile;
  tasks: Map<string, { file: string; curation: TaskCuration }>;
  agencies: AgencyEntry[];
  laws: LawEntry[];
}

/** Thrown when a plan cannot be loaded: carries every problem, so a curator fixes them in one pass. */
export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(`${problems.length} problem(s) in the seed data:\n${problems.map((p) => `  ${p.file} ${p.key}: ${p.message}`).join('\n')}`);
  }
}

const DEFAULT_REGISTRY = path.join(__dirname, 'registry');

function readYaml<T>(file: string, schema: ZodType<T>, problems: SeedProblem[], rel: (f: string) => string): T | null {
  if (!existsSync(file)) {
    problems.push({ file: rel(file), key: '-', message: 'file is missing' });
    return null;
  }
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file: rel(file), key: '-', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file: rel(file), key: issue.path.join('.') || '-', message: issue.message });
    return null;
  }
  return parsed.data;
}

/** Reads a plan directory and the shared registry; throws SeedValidationError listing every file problem. */
export function readPlanInputs(planDir: string, registryDir = DEFAULT_REGISTRY): PlanInputs {
  const problems: SeedProblem[] = [];
  const root = path.resolve(planDir, '..', '..');
  const rel = (f: string) => path.relative(root, f) || f;
  const plan = readYaml(path.join(planDir, 'plan.yaml'), planFileSchema, problems, rel);
  const goals = readYaml(path.join(planDir, 'goals.yaml'), goalsFileSchema, problems, rel);
  const indicators = readYaml(path.join(planDir, 'indicators.yaml'), indicatorsFileSchema, problems, rel);
  const agencies = readYaml(path.join(registryDir, 'agencies.yaml'), agenciesFileSchema, problems, rel);
  const laws = readYaml(path.join(registryDir, 'laws.yaml'), lawsFileSchema, problems, rel);
  const tasks = new Map<string, { file: string; curation: TaskCuration }>();
  const tasksDir = path.join(planDir, 'tasks');
  for (const name of existsSync(tasksDir) ? readdirSync(tasksDir).filter((f) => f.endsWith('.yaml')).sort() : []) {
    const file = path.join(tasksDir, name);
    const entries = readYaml(file, tasksFileSchema, problems, rel) ?? {};
    for (const [code, curation] of Object.entries(entries)) {
      const existing = tasks.get(code);
      if (existing) problems.push({ file: rel(file), key: code, message: `task curated twice (also in ${existing.file})` });
      else tasks.set(code, { file: rel(file), curation });
    }
  }
  let source = '';
  if (plan) {
    const sourceFile = path.resolve(planDir, plan.source);
    if (existsSync(sourceFile)) source = readFileSync(sourceFile, 'utf8');
    else problems.push({ file: rel(path.join(planDir, 'plan.yaml')), key: 'source', message: `source text not found: ${sourceFile}` });
  }
  if (problems.length > 0 || !plan || !goals || !indicators || !agencies || !laws) throw new SeedValidationError(problems);
  return { planDir, registryDir, source, plan, goals, indicators, tasks, agencies, laws };
}

/** Builds the graph of one plan from its text and curation; throws SeedValidationError listing every problem. */
export function buildPlanGraph(inputs: PlanInputs): PlanGraphData {
  const { plan, source } = inputs;
  const problems: SeedProblem[] = [];
  const planFile = path.join(path.basename(inputs.planDir), 'plan.yaml');
  let read: ImportedText;
  try {
    read = parseImportedText(source);
  } catch (error) {
    throw new SeedValidationError([{ file: planFile, key: 'source', message: (error as Error).message }]);
  }
  const parsed = seedSkeleton(read);

  const lines = source.split('\n');
  // The body as the importer found it: from the title line to the first line of the page's footer.
  const body = lines.slice(read.titleLine - 1, read.bodyEnd).join('\n');
  const junk = read.junk;

  const checkQuote = (quote: string | undefined, file: string, key: string, where: string = body): string | undefined => {
    if (quote === undefined) return undefined;
    const junkFound = junk.find((j) => quote.includes(j));
    if (junkFound) problems.push({ file, key, message: `quote contains injected junk "${junkFound}": ${quote}` });
    else if (!where.includes(quote)) problems.push({ file, key, message: `quote is not verbatim in the plan text: ${quote}` });
    return quote;
  };

  const planId = plan.id;
  const ids = {
    plan: (key: string) => makeId('Plan', key),
    goal: (code: string) => makeId('Goal', planId, code),
    task: (code: string) => makeId('Task', planId, code),
    indicator: (code: string) => makeId('Indicator', planId, code),
    agency: (key: string) => makeId('Agency', key),
    law: (key: string) => makeId('Law', key),
  };
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const addNode = (node: GraphNode, file: string) => {
    if (nodes.has(node.id)) problems.push({ file, key: node.id, message: 'duplicate id' });
    nodes.set(node.id, node);
  };
  const addEdge = (type: EdgeType, from: string, to: string, sectionPath: string[], quote: string, origin: Origin) => {
    const key = `${from}|${type}|${to}`;
    if (!edges.has(key)) edges.set(key, { type, from, to, props: { sectionPath, quote, origin } });
  };

  // The plan and the plans it follows.
  const planNodeId = ids.plan(planId);
  checkQuote(plan.quote, planFile, 'quote');
  checkQuote(plan.publishedOnQuote, planFile, 'publishedOnQuote', source);
  addNode({
    label: 'Plan', id: planNodeId,
    props: {
      key: planId, name: plan.name, nameEn: plan.nameEn, issuer: plan.issuer ?? null, issuerEn: plan.issuerEn ?? null,
      publishedOn: plan.publishedOn, periodStart: plan.periodStart, periodEnd: plan.periodEnd,
      sectionPath: bodySectionPathOf(parsed, plan.quote), quote: plan.quote, imported: true, ord: 0, searchText: plan.quote,
      // The plan's place (六盘水市, in 贵州省): the bare agency names of its text are that place's bodies.
      ...(seedJurisdiction(plan.name) ?? {}),
    },
  }, planFile);
  plan.follows.forEach((followed, i) => {
    checkQuote(followed.quote, planFile, `follows.${followed.key}`);
    addNode({
      label: 'Plan', id: ids.plan(followed.key),
      props: { key: followed.key, name: followed.name, nameEn: followed.nameEn, issuer: followed.issuer ?? null, issuerEn: null, publishedOn: null, periodStart: null, periodEnd: null, sectionPath: bodySectionPathOf(parsed, followed.quote), quote: followed.quote, imported: false, ord: i + 1, searchText: followed.quote },
    }, planFile);
    addEdge('FOLLOWS', planNodeId, ids.plan(followed.key), bodySectionPathOf(parsed, followed.quote), followed.quote, 'PARSED');
  });

  // Goals: the text's goals, then Table 1's categories.
  const goalsFile = path.join(path.basename(inputs.planDir), 'goals.yaml');
  const goalCuration = inputs.goals.goals;
  const textGoalCodes: string[] = [];
  let specific = 0;
  parsed.goals.forEach((g, i) => {
    const code = g.kind === 'SPECIFIC' ? `G-SPECIFIC-${++specific}` : `G-${g.kind}`;
    textGoalCodes.push(code);
    const c = goalCuration[code];
    if (!c) problems.push({ file: goalsFile, key: code, message: 'goal has no curation (nameEn)' });
    addNode({
      label: 'Goal', id: ids.goal(code),
      props: { code, kind: g.kind, name: g.name, nameEn: c?.nameEn ?? null, text: g.text, textEn: c?.textEn ?? null, planId, sectionPath: g.sectionPath, quote: g.quote, ord: i, searchText: g.text },
    }, goalsFile);
    addEdge('PART_OF', ids.goal(code), planNodeId, g.sectionPath, g.quote, 'PARSED');
  });
  const tablePath = [...(parsed.goals[0]?.sectionPath.slice(0, 2) ?? []), read.tableHeading ?? ''];
  parsed.tableCategories.forEach((category, i) => {
    const code = `G-CATEGORY-${i + 1}`;
    const c = goalCuration[code];
    if (!c) problems.push({ file: goalsFile, key: code, message: 'Table 1 category has no curation (nameEn)' });
    addNode({
      label: 'Goal', id: ids.goal(code),
      props: { code, kind: 'TABLE_CATEGORY', name: category, nameEn: c?.nameEn ?? null, text: null, textEn: null, planId, sectionPath: tablePath, quote: category, ord: 100 + i, searchText: category },
    }, goalsFile);
    addEdge('PART_OF', ids.goal(code), planNodeId, tablePath, category, 'PARSED');
    for (const ref of c?.correspondsTo ?? []) {
      const target = typeof ref === 'string' ? ref : ref.goal;
      const quote = checkQuote(typeof ref === 'string' ? undefined : ref.quote, goalsFile, `${code}.correspondsTo`) ?? category;
      addEdge('CORRESPONDS_TO', ids.goal(code), ids.goal(target), tablePath, quote, 'CURATED');
    }
  });
  for (const code of Object.keys(goalCuration)) {
    if (!nodes.has(ids.goal(code))) problems.push({ file: goalsFile, key: code, message: 'curated goal does not exist in the parsed plan' });
  }

  // Agencies and laws (the shared registry).
  const agenciesFile = 'registry/agencies.yaml';
  const agencyByName = new Map<string, string>();
  for (const a of inputs.agencies) {
    checkQuote(a.quote, agenciesFile, a.key);
    for (const name of [a.name, ...a.aliases]) {
      const other = agencyByName.get(name);
      if (other && other !== a.key) problems.push({ file: agenciesFile, key: a.key, message: `name "${name}" also belongs to ${other}` });
      agencyByName.set(name, a.key);
      if (!body.includes(name)) problems.push({ file: agenciesFile, key: a.key, message: `"${name}" does not appear in the plan text` });
    }
    addNode({
      label: 'Agency', id: ids.agency(a.key),
      props: { key: a.key, name: a.name, nameEn: a.nameEn, aliases: a.aliases, aliasesText: a.aliases.join(' '), level: a.level, kind: a.kind, ...registryScope(a.key), sectionPath: bodySectionPathOf(parsed, a.quote), quote: a.quote ?? null, searchText: [a.name, ...a.aliases].join(' ') },
    }, agenciesFile);
  }
  const lawsFile = 'registry/laws.yaml';
  const lawByName = new Map<string, string>();
  for (const l of inputs.laws) {
    checkQuote(l.quote, lawsFile, l.key);
    for (const name of [l.name, ...l.aliases, ...l.codesAsWritten]) {
      const other = lawByName.get(name);
      if (other && other !== l.key) problems.push({ file: lawsFile, key: l.key, message: `name "${name}" also belongs to ${other}` });
      lawByName.set(name, l.key);
    }
    addNode({
      label: 'Law', id: ids.law(l.key),
      props: { key: l.key, name: l.name, nameEn: l.nameEn, aliases: l.aliases, aliasesText: [...l.aliases, ...l.codesAsWritten].join(' '), kind: l.kind, documentNumber: l.documentNumber ?? null, sectionPath: bodySectionPathOf(parsed, l.quote), quote: l.quote ?? null, searchText: [l.name, ...l.aliases, l.documentNumber ?? ''].join(' ') },
    }, lawsFile);
  }
  const followedNames = new Set(plan.follows.map((f) => f.name));
  const notLaws = new Set(plan.notLaws.map((n) => n.text));

  const resolveAgency = (mention: string, quote: string, file: string, key: string): string | null => {
    const agencyKey = agencyByName.get(mention);
    if (!agencyKey) {
      problems.push({ file, key, message: `agency "${mention}" is not a name or alias in registry/agencies.yaml` });
      return null;
    }
    if (!quote.includes(mention)) problems.push({ file, key, message: `agency "${mention}" does not appear in its quote` });
    return ids.agency(agencyKey);
  };

  // The body that answers for the plan: the bodies the text gives its implementation to (mention, in quote), at the
  // plan's own level (agency, in levelQuote). One edge from the plan, carrying the sentence that gives the plan to them.
  plan.implementedBy.forEach((b, k) => {
    const key = `implementedBy.${k}`;
    checkQuote(b.quote, planFile, key);
    checkQuote(b.levelQuote, planFile, `${key}.levelQuote`);
    resolveAgency(b.mention, b.quote, planFile, key);
    const agencyId = resolveAgency(b.agency, b.levelQuote, planFile, `${key}.levelQuote`);
    if (agencyId) addEdge('IN_REMIT_OF', planNodeId, agencyId, bodySectionPathOf(parsed, b.quote), b.quote, 'CURATED');
  });

  // Tasks: the parsed hierarchy with its curation.
  const parsedCodes = new Set(parsed.tasks.map((t) => t.code));
  for (const [code, { file }] of inputs.tasks) {
    if (!parsedCodes.has(code)) problems.push({ file, key: code, message: 'curated task does not exist in the parsed plan' });
  }
  const indicatorIds = new Set<string>();
  parsed.indicators.forEach((r) => indicatorIds.add(ids.indicator(String(r.number))));
  inputs.indicators.text.forEach((t) => indicatorIds.add(ids.indicator(t.code)));
  const goalExists = (code: string) => nodes.has(ids.goal(code));

  for (const t of parsed.tasks) {
    const entry = inputs.tasks.get(t.code);
    const file = entry?.file ?? 'tasks/';
    if (!entry) problems.push({ file, key: t.code, message: `task "${t.name}" has no curation (nameEn, summary, supports)` });
    const c = entry?.curation;
    const id = ids.task(t.code);
    const text = t.paragraphs.join('\n');
    addNode({
      label: 'Task', id,
      props: { code: t.code, level: t.level, name: t.name, nameEn: c?.nameEn ?? null, summary: c?.summary ?? null, text, planId, sectionPath: t.sectionPath, quote: t.quote, ord: t.ord, searchText: `${t.quote}\n${text}` },
    }, file);
    addEdge('PART_OF', id, t.parentCode ? ids.task(t.parentCode) : planNodeId, t.sectionPath, t.quote, 'PARSED');
    if (!c) continue;
    // A judgment edge quotes the sentence of this task's own text that says it, or its heading where the
    // curation marks that the heading itself says it (`heading: true`): never the heading by default.
    const evidenceOf = (e: { quote?: string; heading?: true }, key: string, what: string): string => {
      if (e.quote !== undefined && e.heading) problems.push({ file, key, message: `${what}: give a quote or heading: true, not both` });
      if (e.quote === undefined && !e.heading) problems.push({ file, key, message: `${what}: needs a quote (the sentence of the task's text that says it) or heading: true` });
      if (e.quote !== undefined && e.quote !== t.quote && !text.includes(e.quote)) problems.push({ file, key, message: `${what}: quote is not in this task's own text: ${e.quote}` });
      return checkQuote(e.quote, file, key) ?? t.quote;
    };
    for (const s of c.supports) {
      if (!goalExists(s.goal)) problems.push({ file, key: `${t.code}.supports`, message: `unknown goal ${s.goal}` });
      addEdge('SUPPORTS', id, ids.goal(s.goal), t.sectionPath, evidenceOf(s, `${t.code}.supports`, s.goal), 'CURATED');
    }
    for (const m of c.moves) {
      if (!indicatorIds.has(ids.indicator(m.indicator))) problems.push({ file, key: `${t.code}.moves`, message: `unknown indicator ${m.indicator}` });
      addEdge('MOVES', id, ids.indicator(m.indicator), t.sectionPath, evidenceOf(m, `${t.code}.moves`, `indicator ${m.indicator}`), 'CURATED');
    }
    for (const [type, refs] of [['OWNED_BY', c.ownedBy], ['INVOLVES', c.involves]] as const) {
      for (const ref of refs) {
        checkQuote(ref.quote, file, `${t.code}.${type}`);
        const agencyId = resolveAgency(ref.agency, ref.quote, file, `${t.code}.${type}`);
        if (agencyId) addEdge(type, id, agencyId, t.sectionPath, ref.quote, 'CURATED');
      }
    }
    for (const ref of c.basedOn) {
      checkQuote(ref.quote, file, `${t.code}.basedOn`);
      const lawKey = lawByName.get(ref.law);
      if (!lawKey) problems.push({ file, key: `${t.code}.basedOn`, message: `law "${ref.law}" is not in registry/laws.yaml` });
      else addEdge('BASED_ON', id, ids.law(lawKey), t.sectionPath, ref.quote, 'CURATED');
    }
  }

  // Citations: every 《》 title and code the text cites resolves to a law, a followed plan, or a declared non-law.
  for (const citation of parsed.citations) {
    const lawKey = lawByName.get(citation.text);
    if (!lawKey) {
      if (!followedNames.has(citation.text) && !notLaws.has(citation.text)) {
        problems.push({ file: lawsFile, key: citation.text, message: `cited at line ${citation.line} but neither a law (name, alias, codesAsWritten), a followed plan, nor in plan.yaml notLaws` });
      }
      continue;
    }
    if (citation.taskCode) addEdge('BASED_ON', ids.task(citation.taskCode), ids.law(lawKey), citation.sectionPath, citation.sentence, 'PARSED');
  }

  // Indicators: Table 1 rows, then the text's targets.
  const indicatorsFile = path.join(path.basename(inputs.planDir), 'indicators.yaml');
  const categoryCode = (category: string) => `G-CATEGORY-${parsed.tableCategories.indexOf(category) + 1}`;
  const addOwners = (indicatorId: string, refs: { agency: string; quote: string }[], sectionPath: string[], key: string, type: 'OWNED_BY' | 'IN_REMIT_OF' = 'OWNED_BY') => {
    for (const ref of refs) {
      checkQuote(ref.quote, indicatorsFile, key);
      const agencyId = resolveAgency(ref.agency, ref.quote, indicatorsFile, key);
      // An owner's edge stands where the indicator does; a remit's where the plan says whose business it is.
      if (agencyId) addEdge(type, indicatorId, agencyId, type === 'OWNED_BY' ? sectionPath : bodySectionPathOf(parsed, ref.quote), ref.quote, 'CURATED');
    }
  };
  for (const row of parsed.indicators) {
    const code = String(row.number);
    const c = inputs.indicators.table[code];
    if (!c) problems.push({ file: indicatorsFile, key: `table.${code}`, message: `indicator "${row.name}" has no curation (nameEn, measures)` });
    const target = parseTarget(row.targetRaw, row.name);
    if (target.value === null) problems.push({ file: indicatorsFile, key: `table.${code}`, message: `target "${row.targetRaw}" could not be parsed` });
    const baseline = c?.baseline ?? null;
    checkQuote(baseline?.quote, indicatorsFile, `table.${code}.baseline`);
    const id = ids.indicator(code);
    const catCode = categoryCode(row.category);
    addNode({
      label: 'Indicator', id,
      props: {
        code, number: row.number, name: row.name, nameEn: c?.nameEn ?? null, category: row.category, categoryEn: goalCuration[catCode]?.nameEn ?? null,
        attribute: row.attributeRaw === '约束性' ? 'BINDING' : 'EXPECTED', source: 'TABLE',
        ...targetProps(target), ...baselineProps(baseline, bodySectionPathOf(parsed, baseline?.quote)),
        planId, sectionPath: tablePath, quote: row.quote, ord: row.number, searchText: `${row.name} ${row.category} ${row.targetRaw}`,
      },
    }, indicatorsFile);
    addEdge('PART_OF', id, planNodeId, tablePath, row.quote, 'PARSED');
    addEdge('MEASURES', id, ids.goal(catCode), tablePath, row.quote, 'PARSED');
    for (const g of c?.measures ?? []) {
      if (!goalExists(g)) problems.push({ file: indicatorsFile, key: `table.${code}.measures`, message: `unknown goal ${g}` });
      addEdge('MEASURES', id, ids.goal(g), tablePath, row.quote, 'CURATED');
    }
    addOwners(id, c?.ownedBy ?? [], tablePath, `table.${code}.ownedBy`);
    addOwners(id, c?.inRemitOf ?? [], tablePath, `table.${code}.inRemitOf`, 'IN_REMIT_OF');
  }
  for (const code of Object.keys(inputs.indicators.table)) {
    if (!parsed.indicators.some((r) => String(r.number) === code)) problems.push({ file: indicatorsFile, key: `table.${code}`, message: 'no such row in Table 1' });
  }
  inputs.indicators.text.forEach((t, i) => {
    const task = parsed.tasks.find((x) => x.code === t.task);
    if (!task) problems.push({ file: indicatorsFile, key: `text.${t.code}.task`, message: `unknown task ${t.task}` });
    checkQuote(t.quote, indicatorsFile, `text.${t.code}.quote`);
    // A name stands on its own: where the quote's words for the measure lack their subject (合格率 of whom?), the
    // name joins the quote's own pieces (nameParts), each verbatim, rather than words the text does not write.
    const nameParts = t.nameParts ?? [t.name];
    if (nameParts.join('') !== t.name) problems.push({ file: indicatorsFile, key: `text.${t.code}.nameParts`, message: `nameParts do not make the name "${t.name}"` });
    for (const [field, value] of [...nameParts.map((part) => ['name', part] as const), ['targetRaw', t.targetRaw] as const]) {
      if (!t.quote.includes(value)) problems.push({ file: indicatorsFile, key: `text.${t.code}.${field}`, message: `"${value}" is not in the indicator's quote` });
    }
    const sectionPath = task?.sectionPath ?? [];
    const id = ids.indicator(t.code);
    const category = t.category ? nodes.get(ids.goal(t.category)) : undefined;
    addNode({
      label: 'Indicator', id,
      props: {
        code: t.code, number: null, name: t.name, nameEn: t.nameEn, category: (category?.props.name as string) ?? null, categoryEn: (category?.props.nameEn as string) ?? null,
        attribute: null, source: 'TEXT',
        ...targetProps({ raw: t.targetRaw, value: t.target.value, unit: t.target.unit ?? null, comparator: t.target.comparator, kind: t.target.kind, per: t.target.per ?? null, aspirational: t.targetRaw.includes('力争'), year: t.target.year ?? 2025 }),
        ...baselineProps(null, []),
        planId, sectionPath, quote: t.quote, ord: 1000 + i, searchText: `${t.name} ${t.quote}`,
      },
    }, indicatorsFile);
    addEdge('PART_OF', id, planNodeId, sectionPath, t.quote, 'PARSED');
    if (task) addEdge('MOVES', ids.task(task.code), id, sectionPath, t.quote, 'CURATED');
    for (const g of [...t.measures, ...(t.category ? [t.category] : [])]) {
      if (!goalExists(g)) problems.push({ file: indicatorsFile, key: `text.${t.code}.measures`, message: `unknown goal ${g}` });
      addEdge('MEASURES', id, ids.goal(g), sectionPath, t.quote, 'CURATED');
    }
    addOwners(id, t.ownedBy, sectionPath, `text.${t.code}.ownedBy`);
  });

  // Every node and edge: junk-free text, edges between existing nodes of the right kinds.
  for (const node of nodes.values()) {
    for (const [prop, value] of Object.entries(node.props)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value ?? '');
      const j = junk.find((x) => text.includes(x));
      if (j) problems.push({ file: '-', key: `${node.id}.${prop}`, message: `contains injected junk "${j}"` });
    }
  }
  for (const edge of edges.values()) {
    const [fromLabels, toLabels] = EDGE_ENDPOINTS[edge.type];
    const fromLabel = nodes.get(edge.from)?.label ?? labelOfId(edge.from);
    const toLabel = nodes.get(edge.to)?.label;
    if (!nodes.has(edge.from) || !toLabel) problems.push({ file: '-', key: `${edge.from} ${edge.type} ${edge.to}`, message: 'edge to or from a node that does not exist' });
    else if (!fromLabel || !fromLabels.includes(fromLabel) || !toLabels.includes(toLabel)) problems.push({ file: '-', key: `${edge.from} ${edge.type} ${edge.to}`, message: `${edge.type} cannot join ${fromLabel} to ${toLabel}` });
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
  return { planId, nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The section path of the body sentence containing `quote`. */
function bodySectionPathOf(parsed: ParsedPlan, quote: string | undefined): string[] {
  if (!quote) return [];
  return parsed.sentences.find((s) => s.text.includes(quote) || quote.includes(s.text))?.sectionPath ?? [];
}

/**
 * The skeleton the curation overlays, read by the importer every plan goes through: its tasks, goals, citations and
 * sentences as read, and the indicator table's rows as the table writes them (the curation parses their targets).
 */
function seedSkeleton(read: ImportedText): ParsedPlan {
  const attributeRaw = { BINDING: '约束性', EXPECTED: '预期性' } as const;
  const indicators = read.indicators.filter((i) => i.source === 'TABLE').map((i) => {
    if (i.number === null || i.attribute === null) throw new Error(`indicator table row at line ${i.line} has no number or attribute: ${i.quote}`);
    return { number: i.number, category: i.category ?? '', name: i.name, targetRaw: i.target.raw, attributeRaw: attributeRaw[i.attribute], quote: i.quote, line: i.line };
  });
  return { title: read.title, tasks: read.tasks, goals: read.goals, tableCategories: read.categories, indicators, citations: read.citations, sentences: read.sentences };
}

/** Reads, validates and builds one plan: the whole pipeline short of the database. */
export function loadPlanGraphFromDisk(planDir: string, registryDir = DEFAULT_REGISTRY): PlanGraphData {
  return buildPlanGraph(readPlanInputs(planDir, registryDir));
}

/** A curated plan's jurisdiction from its name (六盘水市“十四五”… → 六盘水市, in 贵州省), as the Plan node's properties. */
function seedJurisdiction(name: string): Record<string, string | null> | null {
  const j = parseJurisdiction(name.split(/[“"「《]|十[一二三四五六七八九]五/)[0]);
  return j ? planProps(j) : null;
}
