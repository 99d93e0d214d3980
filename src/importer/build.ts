import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { baselineProps, targetProps } from './props';
import { agenciesFileSchema, lawsFileSchema, type AgencyEntry, type LawEntry } from '../graph/curation';
import type { GraphEdge, GraphNode, Origin, PlanGraphData } from '../graph/graph';
import type { ParsedCitation } from './parse/types';
import type { ImportedIndicator, ImportedText } from './parse/model';
import { planProps, readJurisdiction, registryScope, type Jurisdiction } from './jurisdiction';
import { AgencyResolver, MOVES_TUNING, proposeMeasures, proposeMoves, proposeSupports, readTaskOwners, type MovesTuning, type Proposal, type StatedOwner } from './propose';
import { divisionOwners, indicatorOwners, type DivisionReport } from './owners';

/** The shared registry of agencies and laws every plan resolves against. */
export interface Registry {
  agencies: AgencyEntry[];
  laws: LawEntry[];
}

/** Reads seed/registry/*.yaml (validated). */
export function readRegistry(dir = path.join(__dirname, '../../seed/registry')): Registry {
  return {
    agencies: agenciesFileSchema.parse(parseYaml(readFileSync(path.join(dir, 'agencies.yaml'), 'utf8'))),
    laws: lawsFileSchema.parse(parseYaml(readFileSync(path.join(dir, 'laws.yaml'), 'utf8'))),
  };
}

/** A plan already in the database: the plans an import follows are matched to it by name. */
export interface KnownPlan {
  key: string;
  name: string;
}

/** What an import builds: the graph to load, the proposals to store, and what it found. */
export interface ImportBuild {
  graph: PlanGraphData;
  proposals: Proposal[];
  /** Laws cited that the registry does not have, with the kind guessed from the name. */
  newLaws: { key: string; name: string; kind: string }[];
  newAgencies: { key: string; name: string; jurisdiction: string | null }[];
  /** The plan's place: bare agency names are its bodies. */
  jurisdiction: Jurisdiction;
  /** Names of other places' bodies the text wrote: no edge attaches to them. */
  foreignAgencies: string[];
  /** Citations resolved to a law or a followed plan, of all found. */
  citationsResolved: number;
  /** Owners the plan states (its sentences and division tables), stored as OWNED_BY / INVOLVES edges (origin PARSED). */
  statedOwners: StatedOwner[];
  /** Each division table: rows in it, rows read, matched to the plan's tasks, added as tasks of their own. */
  division: DivisionReport[];
}

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 10);
/** Plan names compared without quotation marks and spaces (“十四五” = 十四五). */
export const normalName = (name: string) => name.replace(/[“”"'‘’「」\s]/g, '');

/** The kind of a law or document guessed from how it is named or numbered. */
export function guessLawKind(text: string, kind: ParsedCitation['kind']): string {
  if (kind === 'CODE') return /号$/.test(text) ? 'NORMATIVE_DOCUMENT' : 'STANDARD';
  if (/(?:规划|纲要)$/.test(text)) return 'PLAN';
  if (/(?:规定|办法|细则|规则)(?:[（(]试行[)）])?$/.test(text)) return 'RULE';
  if (/法$/.test(text)) return 'LAW';
  if (/条例$/.test(text)) return /^(?:[\u4e00-\u9fa5]{1,6}(?:省|市|自治区|州|县))/.test(text) ? 'LOCAL_REGULATION' : 'ADMINISTRATIVE_REGULATION';
  if (/(?:规范|标准|通则|要求)$/.test(text)) return 'STANDARD';
  return 'NORMATIVE_DOCUMENT';
}

/**
 * Builds the graph of an imported plan: the plan and the plans it follows, goals and table categories, the task
 * hierarchy, indicators (table and text), laws cited (the registry's, or new ones), and agencies named; and the
 * judgment edges as proposals. Nodes and parsed edges keep their verbatim quotes.
 */
export function buildImport(text: ImportedText, key: string, registry: Registry, knownPlans: KnownPlan[] = [], movesTuning: MovesTuning = MOVES_TUNING, jurisdiction: Jurisdiction = readJurisdiction(text.title, text.sentences.map((s) => s.text).join('\n'))): ImportBuild {
  const ids = {
    plan: (k: string) => `Plan:${k}`,
    goal: (code: string) => `Goal:${key}:${code}`,
    task: (code: string) => `Task:${key}:${code}`,
    indicator: (code: string) => `Indicator:${key}:${code}`,
    agency: (k: string) => `Agency:${k}`,
    law: (k: string) => `Law:${k}`,
  };
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const addNode = (node: GraphNode) => nodes.set(node.id, node);
  const addEdge = (type: GraphEdge['type'], from: string, to: string, sectionPath: string[], quote: string, origin: Origin = 'PARSED') => {
    const k = `${from}|${type}|${to}`;
    if (!edges.has(k)) edges.set(k, { type, from, to, props: { sectionPath, quote, origin } });
  };
  const planId = ids.plan(key);
  const title = text.title || key;
  addNode({
    label: 'Plan', id: planId,
    props: {
      key, name: title, nameEn: null, issuer: null, issuerEn: null, publishedOn: null, periodStart: text.period?.start ?? null, periodEnd: text.period?.end ?? null,
      sectionPath: [], quote: title, imported: true, ord: 0, searchText: title, ...planProps(jurisdiction),
    },
  });
  const knownByName = new Map(knownPlans.map((p) => [normalName(p.name), p.key]));
  const followedNames = new Set<string>();
  text.follows.forEach((f, i) => {
    followedNames.add(f.name);
    const followedKey = knownByName.get(normalName(f.name)) ?? `plan-${hash(normalName(f.name))}`;
    if (followedKey === key) return;
    // A plan already in the database is only linked, not rewritten.
    if (!knownPlans.some((p) => p.key === followedKey)) {
      addNode({ label: 'Plan', id: ids.plan(followedKey), props: { key: followedKey, name: f.name, nameEn: null, issuer: null, issuerEn: null, publishedOn: null, periodStart: null, periodEnd: null, sectionPath: [title], quote: f.quote, imported: false, ord: i + 1, searchText: f.quote } });
    } else {
      addNode({ label: 'Plan', id: ids.plan(followedKey), props: { key: followedKey, name: f.name } });
    }
    addEdge('FOLLOWS', planId, ids.plan(followedKey), [title], f.quote);
  });

  // Goals, then the table's categories.
  let specific = 0;
  const goalCodes: { code: string; goal: ImportedText['goals'][number] }[] = [];
  text.goals.forEach((g, i) => {
    const code = g.kind === 'SPECIFIC' ? `G-SPECIFIC-${++specific}` : `G-${g.kind}`;
    if (nodes.has(ids.goal(code))) return;
    goalCodes.push({ code, goal: g });
    addNode({ label: 'Goal', id: ids.goal(code), props: { code, kind: g.kind, name: g.name, nameEn: null, text: g.text, textEn: null, planId: key, sectionPath: g.sectionPath, quote: g.quote, ord: i, searchText: g.text } });
    addEdge('PART_OF', ids.goal(code), planId, g.sectionPath, g.quote);
  });
  const tablePath = [...(text.indicators.find((r) => r.source === 'TABLE')?.sectionPath ?? [])];
  text.categories.forEach((category, i) => {
    const code = `G-CATEGORY-${i + 1}`;
    addNode({ label: 'Goal', id: ids.goal(code), props: { code, kind: 'TABLE_CATEGORY', name: category, nameEn: null, text: null, textEn: null, planId: key, sectionPath: tablePath, quote: category, ord: 100 + i, searchText: category } });
    addEdge('PART_OF', ids.goal(code), planId, tablePath, category);
  });

  // Tasks.
  for (const t of text.tasks) {
    const body = t.paragraphs.join('\n');
    addNode({ label: 'Task', id: ids.task(t.code), props: { code: t.code, level: t.level, name: t.name, nameEn: null, summary: null, text: body, planId: key, sectionPath: t.sectionPath, quote: t.quote, ord: t.ord, searchText: `${t.quote}\n${body}` } });
    addEdge('PART_OF', ids.task(t.code), t.parentCode ? ids.task(t.parentCode) : planId, t.sectionPath, t.quote);
  }

  // Indicators.
  text.indicators.forEach((r, i) => addIndicator(r, i));
  function addIndicator(r: ImportedIndicator, i: number) {
    const id = ids.indicator(r.code);
    const target = { ...r.target, kind: r.target.kind as 'LEVEL' };
    addNode({
      label: 'Indicator', id,
      props: {
        code: r.code, number: r.number, name: r.name, nameEn: null, category: r.category, categoryEn: null, attribute: r.attribute, source: r.source,
        ...targetProps(target), targetCeiling: r.target.ceiling,
        ...baselineProps(r.baseline ? { value: r.baseline.value, unit: r.baseline.unit, year: r.baseline.year as number, quote: r.baseline.raw } : null, r.baseline ? r.sectionPath : []),
        ...(r.baseline ? { baselineQuote: r.quote } : {}),
        planId: key, sectionPath: r.sectionPath, quote: r.quote, ord: r.number ?? 1000 + i, searchText: `${r.name} ${r.category ?? ''} ${r.target.raw}`,
      },
    });
    addEdge('PART_OF', id, planId, r.sectionPath, r.quote);
    const c = r.category ? text.categories.indexOf(r.category) : -1;
    if (c >= 0) addEdge('MEASURES', id, ids.goal(`G-CATEGORY-${c + 1}`), r.sectionPath, r.quote);
  }

  // Laws: the registry's by name, alias or code as written; new ones with their kind guessed.
  const lawByName = new Map<string, LawEntry>();
  for (const l of registry.laws) for (const n of [l.name, ...l.aliases, ...l.codesAsWritten]) lawByName.set(n, l);
  const newLaws = new Map<string, { key: string; name: string; kind: string }>();
  let citationsResolved = 0;
  for (const c of text.citations) {
    if (followedNames.has(c.text)) {
      citationsResolved++;
      continue;
    }
    const known = lawByName.get(c.text);
    let lawKey: string;
    if (known) {
      lawKey = known.key;
      addNode({ label: 'Law', id: ids.law(known.key), props: { key: known.key, name: known.name, nameEn: known.nameEn, aliases: known.aliases, aliasesText: [...known.aliases, ...known.codesAsWritten].join(' '), kind: known.kind, documentNumber: known.documentNumber ?? null, sectionPath: c.sectionPath, quote: known.quote ?? c.sentence, searchText: [known.name, ...known.aliases, known.documentNumber ?? ''].join(' ') } });
    } else {
      lawKey = `law-${hash(c.text)}`;
      const kind = guessLawKind(c.text, c.kind);
      newLaws.set(lawKey, { key: lawKey, name: c.text, kind });
      addNode({ label: 'Law', id: ids.law(lawKey), props: { key: lawKey, name: c.text, nameEn: null, aliases: [], aliasesText: '', kind, documentNumber: c.kind === 'CODE' ? c.text : null, sectionPath: c.sectionPath, quote: c.sentence, searchText: c.text, proposed: true } });
    }
    citationsResolved++;
    if (c.taskCode) addEdge('BASED_ON', ids.task(c.taskCode), ids.law(lawKey), c.sectionPath, c.sentence);
  }

  // Agencies: the registry's, and new names proposed; owners and participants as proposals.
  const resolver = new AgencyResolver(registry.agencies, jurisdiction);
  const proposals: Proposal[] = [];
  const sentencesByTask = new Map<string, string[]>();
  for (const s of text.sentences) if (s.taskCode) sentencesByTask.set(s.taskCode, [...(sentencesByTask.get(s.taskCode) ?? []), s.text]);
  // Owners: what the plan states is an edge (its quote the sentence or the row); what is read from it, a proposal.
  const statedOwners: StatedOwner[] = [];
  const statements = new Map<string, ReturnType<typeof readTaskOwners>['statements']>();
  for (const t of text.tasks) {
    const owners = readTaskOwners(t, sentencesByTask.get(t.code) ?? [], ids.task(t.code), resolver, ids.agency);
    statedOwners.push(...owners.stated);
    proposals.push(...owners.proposals);
    statements.set(t.code, owners.statements);
  }
  const byIndicator = indicatorOwners(text.indicators, statements, ids.indicator, ids.agency);
  statedOwners.push(...byIndicator.stated);
  proposals.push(...byIndicator.proposals);
  const division = divisionOwners(text.division ?? [], text.tasks, resolver, { task: ids.task, agency: ids.agency });
  for (const t of division.tasks) {
    addNode({ label: 'Task', id: ids.task(t.code), props: { code: t.code, level: t.level, name: t.name, nameEn: null, summary: null, text: t.paragraphs.join('\n'), planId: key, sectionPath: t.sectionPath, quote: t.quote, ord: t.ord + text.tasks.length, searchText: `${t.quote}\n${t.paragraphs.join('\n')}` } });
    addEdge('PART_OF', ids.task(t.code), t.parentCode ? ids.task(t.parentCode) : planId, t.sectionPath, t.quote);
  }
  statedOwners.push(...division.stated);
  // A division table's lead is the plan's word for the task: a sentence's reading of the same body adds nothing.
  const statedKeys = new Set(statedOwners.map((o) => `${o.relation}|${o.from}|${o.to}`));
  for (let i = proposals.length - 1; i >= 0; i--) {
    const p = proposals[i];
    if ((p.relation === 'OWNED_BY' || p.relation === 'INVOLVES') && (statedKeys.has(`OWNED_BY|${p.from}|${p.to}`) || statedKeys.has(`INVOLVES|${p.from}|${p.to}`))) proposals.splice(i, 1);
  }
  for (const o of statedOwners) addEdge(o.relation, o.from, o.to, o.sectionPath, o.quote);
  const registryByKey = new Map(registry.agencies.map((a) => [a.key, a]));
  for (const p of [...proposals, ...statedOwners]) {
    const k = p.to.slice('Agency:'.length);
    const a = registryByKey.get(k);
    if (a && !nodes.has(p.to)) {
      addNode({ label: 'Agency', id: p.to, props: { key: a.key, name: a.name, nameEn: a.nameEn, aliases: a.aliases, aliasesText: a.aliases.join(' '), level: a.level, kind: a.kind, ...registryScope(a.key), sectionPath: p.sectionPath, quote: a.quote ?? p.quote, searchText: [a.name, ...a.aliases].join(' ') } });
    }
  }
  for (const [k, a] of resolver.proposed) {
    addNode({ label: 'Agency', id: ids.agency(k), props: { key: k, name: a.name, nameEn: null, aliases: [], aliasesText: '', level: a.level === 'OTHER' ? guessAgencyLevel(a.name) : a.level, kind: a.kind ?? guessAgencyKind(a.name), ...a.scope, sectionPath: a.sectionPath, quote: a.quote, searchText: a.name, proposed: true } });
  }
  proposals.push(...proposeMoves(text.tasks, sentencesByTask, text.indicators, ids, movesTuning));
  proposals.push(...proposeSupports(text.tasks, goalCodes, ids));
  proposals.push(...proposeMeasures(text.indicators.filter((r) => r.source === 'TABLE'), goalCodes, ids));

  return {
    graph: { planId: key, nodes: [...nodes.values()], edges: [...edges.values()] },
    proposals,
    newLaws: [...newLaws.values()],
    newAgencies: [...resolver.proposed].map(([k, a]) => ({ key: k, name: a.name, jurisdiction: a.scope.jurisdiction })),
    jurisdiction,
    foreignAgencies: [...resolver.foreign],
    citationsResolved,
    statedOwners,
    division: division.report,
  };
}

function guessAgencyLevel(name: string): string {
  if (/^(?:国家|国务院|中央)/.test(name)) return 'NATIONAL';
  if (/^省/.test(name)) return 'PROVINCIAL';
  if (/^市/.test(name)) return 'CITY';
  if (/^(?:县|区)/.test(name)) return 'COUNTY';
  if (/^(?:乡|镇|街道)/.test(name)) return 'TOWNSHIP';
  return 'OTHER';
}

function guessAgencyKind(name: string): string {
  if (/法院|检察院/.test(name)) return 'JUDICIAL';
  if (/协会|商会/.test(name)) return 'ASSOCIATION';
  if (/党委|党组|网信办/.test(name)) return 'PARTY';
  if (/中心|机构|院$|所$/.test(name)) return 'INSTITUTION';
  return 'GOVERNMENT';
}
