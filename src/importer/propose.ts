import { CONJUNCTION, dice, splitSentences } from './parse/text';
import { readOwnerStatements, splitNames, subjectAtEnd } from './parse/owners';
import type { ParsedGoal, ParsedTask } from './parse/types';
import type { ImportedIndicator } from './parse/model';
import type { Proposal } from '../proposal/proposal.model';
import { chainOf, keyOf, LIUPANSHUI, place, registryScope, scopeOf, targetOf, type AgencyScope, type Jurisdiction, type Target } from './jurisdiction';

export type { Proposal, ProposedRelation } from '../proposal/proposal.model';
export { splitNames };

// Words every indicator and task share: they say nothing about which task moves which indicator.
const GENERIC = /全市|全县|全省|辖区内|年度|每年|计划|培育|新建|全程|以上|及以上|比例|总量|数量|情况|工作|开展|进一步|加强|推进|提升|提高|完善|建立|健全|强化|实施|深入|全面|持续|不断|各类|相关|有关|[的和及与或]|[率量数个项件家](?![\u4e00-\u9fa5])/g;

/** The character pairs of a text's distinctive words: what "shared measure words" are compared by. */
export function measureBigrams(text: string): Set<string> {
  const clean = text.replace(/[^\u4e00-\u9fa5A-Za-z0-9]+/g, ' ').replace(GENERIC, ' ');
  const grams = new Set<string>();
  for (const word of clean.split(/\s+/)) {
    for (let i = 0; i + 1 < word.length; i++) grams.add(word.slice(i, i + 2));
  }
  return grams;
}

/** How much of `needle`'s pairs `hay` holds (0..1). */
export function overlap(needle: Set<string>, hay: Set<string>): number {
  if (needle.size === 0) return 0;
  let hit = 0;
  for (const g of needle) if (hay.has(g)) hit++;
  return hit / needle.size;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** How the measure-word match decides, tuned on the first plan (docs/importer.md gives the figures). */
export interface MovesTuning {
  /** The least share of the indicator's (weighted) measure words a task's sentence must hold. */
  threshold: number;
  /** Tasks whose score is this close to the best one's are proposed too… */
  band: number;
  /** …at most this many. */
  maxTasks: number;
  /**
   * The area of the best match (its subsection, else its section, boxes included) is read as the place the plan
   * works on the measure: its other tasks holding at least this share of the measure words are proposed too, at
   * most `areaMax` of them; null: not.
   */
  area: number | null;
  areaMax: number;
}
export const MOVES_TUNING: MovesTuning = { threshold: 0.4, band: 0.3, maxTasks: 3, area: 0.5, areaMax: 12 };

/** Weights of character pairs: a pair most tasks use (市场, 监管) counts for little. */
function pairWeights(docs: Set<string>[]): (g: string) => number {
  const df = new Map<string, number>();
  for (const d of docs) for (const g of d) df.set(g, (df.get(g) ?? 0) + 1);
  return (g) => Math.log((docs.length + 1) / ((df.get(g) ?? 0) + 1));
}

function weightedOverlap(needle: Set<string>, hay: Set<string>, weight: (g: string) => number): number {
  let total = 0;
  let hit = 0;
  for (const g of needle) {
    const w = weight(g);
    total += w;
    if (hay.has(g)) hit += w;
  }
  return total === 0 ? 0 : hit / total;
}

/**
 * Task → indicator: where the text sets a target (or restates a table row's), the task it stands in (0.9); otherwise
 * the tasks whose own sentences share most of the indicator's measure words (pairs weighted by how rare they are
 * among the tasks), at most three, and the other tasks of the best match's subsection (or section) that share
 * enough of them; each with its best sentence as the quote.
 */
export function proposeMoves(tasks: ParsedTask[], sentencesByTask: Map<string, string[]>, indicators: ImportedIndicator[], ids: { task: (c: string) => string; indicator: (c: string) => string }, tuning: MovesTuning = MOVES_TUNING): Proposal[] {
  const out: Proposal[] = [];
  const byCode = new Map(tasks.map((t) => [t.code, t]));
  const sentencesOf = tasks.map((t) => ({ task: t, sentences: [t.name, ...(sentencesByTask.get(t.code) ?? [])].map((s) => ({ s, grams: measureBigrams(s) })) }));
  const weight = pairWeights(sentencesOf.map(({ sentences }) => new Set(sentences.flatMap((x) => [...x.grams]))));
  const seen = new Set<string>();
  const add = (task: ParsedTask, indicatorCode: string, confidence: number, quote: string, evidence: string) => {
    const k = `${task.code}|${indicatorCode}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ relation: 'MOVES', from: ids.task(task.code), to: ids.indicator(indicatorCode), confidence: round(confidence), quote, sectionPath: task.sectionPath, evidence });
  };
  for (const indicator of indicators) {
    if (indicator.source === 'TEXT' && indicator.taskCode) {
      const task = byCode.get(indicator.taskCode);
      if (task) add(task, indicator.code, 0.9, indicator.quote, 'the task sets the target');
      continue;
    }
    for (const set of indicator.setBy ?? []) {
      const task = byCode.get(set.taskCode);
      if (task) add(task, indicator.code, 0.9, set.quote, 'the task restates the target');
    }
    const needle = measureBigrams(indicator.name);
    const all = sentencesOf
      .map(({ task, sentences }) => {
        let best = { score: 0, s: '' };
        for (const { s, grams } of sentences) {
          const score = weightedOverlap(needle, grams, weight);
          if (score > best.score) best = { score, s };
        }
        return { task, ...best };
      })
      .sort((a, b) => b.score - a.score);
    const scored = all.filter((x) => x.score >= tuning.threshold);
    const top = scored.filter((x) => x.score >= (scored[0]?.score ?? 1) - tuning.band).slice(0, tuning.maxTasks);
    for (const { task, score, s } of top) {
      add(task, indicator.code, 0.4 + 0.5 * score, s === task.name ? task.quote : s, `shares ${Math.round(score * 100)}% of the indicator's measure words`);
    }
    // The best match's area (its subsection, else its section, with the boxes standing in it) is where the plan
    // works on the measure: its other tasks that name the measure themselves move it too.
    const best = top[0]?.task;
    let area: ParsedTask | undefined = best;
    while (area && area.level !== 'SUBSECTION' && area.level !== 'SECTION') area = area.parentCode ? byCode.get(area.parentCode) : undefined;
    if (!area || tuning.area === null) continue;
    const inArea = (t: ParsedTask): boolean => {
      for (let p: ParsedTask | undefined = t; p; p = p.parentCode ? byCode.get(p.parentCode) : undefined) if (p === area) return true;
      return false;
    };
    const threshold = tuning.area;
    for (const x of all.filter((y) => y.task !== best && y.score >= threshold && inArea(y.task)).slice(0, tuning.areaMax)) {
      add(x.task, indicator.code, 0.3 + 0.4 * x.score, x.s === x.task.name ? x.task.quote : x.s, `stands in ${area.code}, where ${best?.code} works on the measure, and shares ${Math.round(x.score * 100)}% of its measure words`);
    }
  }
  return out;
}

/**
 * Task → goal: each top part of the work (a section of a task chapter) is matched with the specific goal whose
 * words it shares most; the part and everything under it supports that goal.
 */
export function proposeSupports(tasks: ParsedTask[], goals: { code: string; goal: ParsedGoal }[], ids: { task: (c: string) => string; goal: (c: string) => string }): Proposal[] {
  const specific = goals.filter((g) => g.goal.kind === 'SPECIFIC').map((g) => ({ ...g, grams: measureBigrams(g.goal.text) }));
  if (specific.length === 0) return [];
  const children = new Map<string, ParsedTask[]>();
  for (const t of tasks) if (t.parentCode) children.set(t.parentCode, [...(children.get(t.parentCode) ?? []), t]);
  const subtree = (t: ParsedTask): ParsedTask[] => [t, ...(children.get(t.code) ?? []).flatMap(subtree)];
  const out: Proposal[] = [];
  const heads = tasks.filter((t) => t.level === 'SECTION' || (t.level === 'CHAPTER' && !children.get(t.code)?.some((c) => c.level === 'SECTION')));
  for (const head of heads) {
    const all = subtree(head);
    const grams = measureBigrams(all.map((t) => `${t.name} ${t.paragraphs.join(' ')}`).join(' '));
    // The chapter's heading names the area too (优化营商环境 ~ 营商环境更加优化).
    const chapter = head.parentCode ? tasks.find((t) => t.code === head.parentCode) : undefined;
    const headGrams = measureBigrams(`${chapter?.name ?? ''} ${head.name}`);
    const scored = specific
      .map((g) => ({ g, score: 0.5 * overlap(measureBigrams(g.goal.name), headGrams) + 0.5 * overlap(g.grams, grams) }))
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best || best.score < 0.2) continue;
    for (const t of all) {
      out.push({ relation: 'SUPPORTS', from: ids.task(t.code), to: ids.goal(best.g.code), confidence: round(Math.min(0.9, 0.3 + best.score)), quote: t.quote, sectionPath: t.sectionPath, evidence: `its part "${head.name}" shares the words of the goal "${best.g.goal.name}"` });
    }
  }
  return out;
}

/** Indicator → goal: a table category matched with the specific goal whose name it shares most. */
export function proposeMeasures(indicators: ImportedIndicator[], goals: { code: string; goal: ParsedGoal }[], ids: { indicator: (c: string) => string; goal: (c: string) => string }): Proposal[] {
  const specific = goals.filter((g) => g.goal.kind === 'SPECIFIC').map((g) => ({ ...g, grams: measureBigrams(g.goal.name) }));
  const out: Proposal[] = [];
  for (const indicator of indicators) {
    const key = indicator.category ?? indicator.name;
    const grams = measureBigrams(key);
    const best = specific.map((g) => ({ g, score: overlap(grams, g.grams) })).sort((a, b) => b.score - a.score)[0];
    if (!best || best.score < 0.4) continue;
    out.push({
      relation: 'MEASURES', from: ids.indicator(indicator.code), to: ids.goal(best.g.code), confidence: round(0.4 + 0.5 * best.score), quote: indicator.quote,
      sectionPath: indicator.sectionPath, evidence: indicator.category ? `its category "${indicator.category}" matches the goal "${best.g.goal.name}"` : `its name matches the goal "${best.g.goal.name}"`,
    });
  }
  return out;
}

/** An agency the text names: a registry agency's key, or a new name the importer proposes. */
export interface AgencyMention {
  key: string;
  name: string;
  /** True for a body not in the registry (a new name, or a registry name read as another place's body). */
  isNew: boolean;
}

/** A body the import proposes: a new name, or a registry name that in this plan is its own place's body. */
export interface ProposedAgency {
  name: string;
  quote: string;
  sectionPath: string[];
  level: Target['level'];
  kind: string | null;
  scope: AgencyScope;
}

type Resolution = { key: string; isNew: false } | { key: string; isNew: true; name: string; level: Target['level']; kind: string | null; scope: AgencyScope } | 'FOREIGN';

const AGENCY_NAME = /^(?:[\u4e00-\u9fa5]|[（(][\u4e00-\u9fa5、]{1,8}[)）]){2,24}(?:局|委|委员会|办|办公室|厅|部门|政府|中心|法院|检察院|公安|税务|海关|协会|商会|联席会议|机构|机关|总署)$/;
const LEVEL_PREFIX = /^(?:省|市(?!场)|县|区|乡|镇|街道|各县|各区)/;
/** What an owner sentence's subject looks like when the registry does not know it: a body's name by its ending. */
const AGENCY_SHAPE = /^(?:各?[省市县区](?:、(?:[省市县区乡镇]|特区))+(?:[两三四]级)?)?(?:[\u4e00-\u9fa5]|[（(][\u4e00-\u9fa5、]{1,8}[)）])*?(?:局|委|委员会|办|办公室|厅|部|部门|政府|中心|法院|检察院|公安|税务|海关|协会|商会|联席会议|机构|机关|总署|支队|大队|分局|支行|分行|妇联|工商联|残联|科协|总工会|管委会|院)$/;
/** Verbs no body's name holds (依法认真落实属地人民政府 is a clause, not a name). */
const VERB_INSIDE = /落实|发挥|推进|加强|开展|实施|认真|依法|坚持|推动|强化|完善|健全|提升|提高|促进|确保|实现|利用|鼓励|支持|引导|督促|指导/;
/** Not a body, though it ends like one: a verb phrase (强化…部门), a possessive, a place or a thing (经营场所, 干部). */
const NOT_AGENCY = new RegExp(String.raw`^.{0,2}$|^.{25,}$|^(?![省市县区]).*[^公]办$|^.{9,}[^公]办$|[的之将对在是为]|^(?:${CONJUNCTION}|同|向|把|引导|构建|印发|确保|实现|强化|加强|明确|落实|推动|推进|督促|指导|组织|要求|支持|鼓励|通过|建立|完善|依托|发挥|开展|实施|做好|会同|配合|参与|协助|牵头|负责)|干部$|^[^市县区省]?部$|全局$|大局$|格局$|布局$|结局$|学院$|医院$|庭院$`);

/**
 * Resolves agency names for a plan of one jurisdiction: registry names and aliases (longest first) where the
 * registry's body is one this plan may name (national, generic, its province's, its own place's); the same names
 * read as the plan's own place's bodies otherwise (市市场监管局 in another city's plan is that city's); names of
 * another place's bodies (六盘水市知识产权局 in another city's plan) are not resolved at all, only noted in `foreign`.
 */
export class AgencyResolver {
  private readonly names: [string, Resolution][];
  private readonly byName: Map<string, Resolution>;
  readonly proposed = new Map<string, ProposedAgency>();
  /** Names of another jurisdiction's bodies the text wrote, left unattached. */
  readonly foreign = new Set<string>();

  constructor(registry: { key: string; name: string; aliases: string[]; level: string; kind: string }[], readonly plan: Jurisdiction = place(LIUPANSHUI, 'CITY', null)) {
    this.names = registry
      .flatMap((a) => [a.name, ...a.aliases].map((n) => [n, this.registryResolution(a, n)] as [string, Resolution]))
      .sort((a, b) => b[0].length - a[0].length);
    this.byName = new Map(this.names);
  }

  /** A registry name in this plan: the registry's body when the plan may name it, else its own place's, or another's. */
  private registryResolution(a: { key: string; name: string; level: string; kind: string }, name: string): Resolution {
    const scope = registryScope(a.key);
    const chain = chainOf(this.plan);
    const ours = scope.jurisdiction === null || chain.some((p) => p.name === scope.jurisdiction);
    if (ours) return { key: a.key, isNew: false };
    // Another place's registry body: named with its place, it is that place's (not ours); bare, it is ours.
    if (/六盘水|贵州/.test(name)) return scope.shared ? { key: a.key, isNew: false } : 'FOREIGN';
    const suffix = a.key.replace(/^(?:lps|gz)-/, '');
    const city = chain.find((p) => p.level === 'CITY');
    let target: Target;
    if (a.key.startsWith('gz-')) target = { ...(targetOf('省局', this.plan) as Target), rest: name };
    else if (a.level === 'CITY') target = { jurisdiction: city ?? this.plan, group: null, shared: false, level: 'CITY', rest: name };
    else if (a.level === 'COUNTY') target = this.plan.level === 'COUNTY' ? { jurisdiction: this.plan, group: null, shared: false, level: 'COUNTY', rest: name } : { jurisdiction: city ?? this.plan, group: 'county', shared: false, level: 'COUNTY', rest: name };
    else target = { jurisdiction: this.plan, group: null, shared: false, level: a.level as Target['level'], rest: name };
    const role = suffix.replace(/^county-/, '');
    const key = `${target.jurisdiction!.key}${target.group === 'county' ? '-county' : ''}-${a.level === 'COUNTY' ? role : suffix}`;
    return { key, isNew: true, name: a.name, level: target.level, kind: a.kind, scope: scopeOf(target) };
  }

  private take(r: Resolution, name: string, quote: string, sectionPath: string[]): AgencyMention | null {
    if (r === 'FOREIGN') {
      this.foreign.add(name);
      return null;
    }
    if (!r.isNew) return { key: r.key, name, isNew: false };
    if (!this.proposed.has(r.key)) this.proposed.set(r.key, { name: r.name, quote, sectionPath, level: r.level, kind: r.kind, scope: r.scope });
    return { key: r.key, name, isNew: true };
  }

  /** Registry agencies named anywhere in `text`, each once, longest names first (a shorter name inside a longer one is not counted again). */
  mentionsIn(text: string, quote = text, sectionPath: string[] = []): AgencyMention[] {
    let rest = text;
    const out: AgencyMention[] = [];
    for (const [name, r] of this.names) {
      if (name.length < 2 || !rest.includes(name)) continue;
      rest = rest.split(name).join('\u0000');
      const m = this.take(r, name, quote, sectionPath);
      if (m && !out.some((o) => o.key === m.key)) out.push(m);
    }
    return out;
  }

  /** A new name: keyed by its place (FOREIGN: not resolved). */
  private newName(name: string, quote: string, sectionPath: string[]): AgencyMention | null {
    const target = targetOf(name, this.plan);
    if (target === 'FOREIGN') return this.take('FOREIGN', name, quote, sectionPath);
    return this.take({ key: keyOf(target, name), isNew: true, name, level: target.level, kind: null, scope: scopeOf(target) }, name, quote, sectionPath);
  }

  /**
   * The agencies a span names, part by part: a part that is a registry name, or a whole name with its level or
   * place (县市场监管局: not the registry's 市场监管 inside it), else the registry names inside it, else a new name when
   * the part reads like an agency.
   */
  resolve(span: string, quote: string, sectionPath: string[]): AgencyMention[] {
    const out: AgencyMention[] = [];
    const push = (m: AgencyMention | null) => {
      if (m && !out.some((o) => o.key === m.key)) out.push(m);
    };
    const parts = splitNames(span).map((p) => p.replace(/^(?:由|会同|配合|协调|组织|联合|各级|市、县两级)/, '').replace(/等.*$/, '').trim()).filter((p) => p && !/^[的了是在对将把为]/.test(p));
    for (const p of parts) {
      if (this.byName.has(p) || this.isNewName(p)) push(this.resolveName(p, quote, sectionPath));
      else for (const m of this.mentionsIn(p, quote, sectionPath)) push(m);
    }
    return out;
  }

  /** A whole name read as a body of its own (with its level or place, or new), not for the registry names inside it. */
  private isNewName(name: string): boolean {
    if (!AGENCY_NAME.test(name)) return false;
    const target = targetOf(name, this.plan);
    return LEVEL_PREFIX.test(name) || target === 'FOREIGN' || target.level === 'NATIONAL' || !this.names.some(([n]) => n.length >= 2 && name.includes(n));
  }

  /** True for a name or alias of the registry's. */
  isRegistryName = (name: string): boolean => this.byName.has(name);

  /** True when a name the text writes is a body: a registry name, or one shaped like an agency's (…局, …部门, 各县（市、区）人民政府). */
  isAgency = (name: string): boolean => this.byName.has(name) || (AGENCY_SHAPE.test(name) && !NOT_AGENCY.test(name) && !VERB_INSIDE.test(name));

  /**
   * The body one name (as split from a list) stands for: the registry's (by name or alias), a body of its own named
   * with its level or place, else the longest registry name inside it (市场监管 in 食品市场监管科室), else a new one.
   */
  resolveName(name: string, quote: string, sectionPath: string[]): AgencyMention | null {
    const exact = this.byName.get(name);
    if (exact) return this.take(exact, name, quote, sectionPath);
    if (this.isNewName(name)) return this.newName(name, quote, sectionPath);
    return this.mentionsIn(name, quote, sectionPath)[0] ?? (AGENCY_SHAPE.test(name) ? this.newName(name, quote, sectionPath) : null);
  }
}

// 会同… / …配合 / 配合… / 联合… / 与…协作 name the participants; any body a task names may take part.
const PARTICIPANT = [/会同([^，,。；;]{2,40}?)(?:等部门|等单位|等)?(?=[，,。；;]|开展|共同|做好|加强|建立|推进|联合|制定|落实|组织)/g, /(?<=^|[，,。；;（(])([^，,。；;]{2,40}?)(?:等部门)?(?:积极)?配合(?![单部])/g, /配合(?![单部])([^，,。；;]{2,24}?)(?:等部门|等单位)?(?=[，,。；;]|做好|开展|落实)/g, /联合([^，,。；;]{2,40}?)等(?:部门|单位)/g, /与([^，,。；;]{2,40}?)(?:等部门|等单位)?(?:建立|协作|合作|协同|联动|多报合一)/g];

/** Bodies no reading of a sentence's subject makes an owner: 各有关部门要加强协作 says nothing of whose the task is. */
const GENERIC_BODIES = /^(?:各)?(?:有关|相关)|^各(?:部门|地|级|单位)$/;

/** An owner the plan states (its own words: 牵头, 负责, 责任单位, a division table's row): an edge, with the quote. */
export interface StatedOwner {
  relation: 'OWNED_BY' | 'INVOLVES';
  from: string;
  to: string;
  quote: string;
  sectionPath: string[];
  mention: string;
  shape: string;
}

/** The owners a task's sentences state (edges) and those only read from a sentence's subject or mentions (proposals). */
export interface TaskOwners {
  stated: StatedOwner[];
  proposals: Proposal[];
  /** Sentences holding an owner statement, with its leads: where an indicator the sentence names finds its owner. */
  statements: { sentence: string; leads: AgencyMention[]; explicit: boolean; shape: string; sectionPath: string[] }[];
}

/**
 * Sentences as owner statements read them: the parser splits at ；, which an owner note may hold inside its brackets
 * (（牵头单位：A；配合单位：B）), so a sentence left with a bracket open is joined to the next.
 */
export function ownerSentences(sentences: string[]): string[] {
  const out: string[] = [];
  let open = '';
  for (const s of sentences) {
    const joined = open + s;
    const depth = (joined.match(/[（(]/g) ?? []).length - (joined.match(/[)）]/g) ?? []).length;
    if (depth > 0) open = joined;
    else {
      out.push(joined);
      open = '';
    }
  }
  if (open) out.push(open);
  return out;
}

/**
 * Owners and participants of one task from its own sentences (verbatim and junk-free: they are the quotes). What the
 * plan states (由A牵头，B配合; A负责; A会同B; （责任单位：A、B）…) is stated: edges. What is only read from a sentence
 * (its subject: 市场监管部门要…, 组织…部门对…) is proposed (0.6), as are bodies named as taking part (0.75) or named at
 * all (0.5).
 */
export function readTaskOwners(task: ParsedTask, sentences: string[], taskId: string, resolver: AgencyResolver, agencyId: (key: string) => string): TaskOwners {
  const stated: StatedOwner[] = [];
  const proposals: Proposal[] = [];
  const statements: TaskOwners['statements'] = [];
  const seen = new Set<string>();
  const state = (relation: 'OWNED_BY' | 'INVOLVES', m: AgencyMention, quote: string, shape: string) => {
    const k = `${relation}|${m.key}`;
    if (seen.has(k) || (relation === 'INVOLVES' && seen.has(`OWNED_BY|${m.key}`))) return;
    seen.add(k);
    stated.push({ relation, from: taskId, to: agencyId(m.key), quote, sectionPath: task.sectionPath, mention: m.name, shape });
  };
  const propose = (relation: 'OWNED_BY' | 'INVOLVES', m: AgencyMention, confidence: number, quote: string, evidence: string) => {
    const k = `${relation}|${m.key}`;
    if (seen.has(k) || seen.has(`OWNED_BY|${m.key}`) || (relation === 'INVOLVES' && seen.has(`INVOLVES|${m.key}`))) return;
    seen.add(k);
    proposals.push({ relation, from: taskId, to: agencyId(m.key), confidence, quote, sectionPath: task.sectionPath, evidence: `${evidence}: ${m.name}`, mention: m.name });
  };
  const resolveAll = (names: string[], quote: string) => names.map((n) => resolver.resolveName(n, quote, task.sectionPath)).filter((m): m is AgencyMention => m !== null);
  const joined = ownerSentences(sentences);
  // The heading may carry its owners too (1.加强食品安全监管（牵头单位：…）).
  const read = [...(/牵头|负责|责任单位|配合|会同/.test(task.quote) ? [task.quote] : []), ...joined];
  const readings = read.map((s) => ({ s, statements: readOwnerStatements(s, resolver.isAgency) }));
  for (const explicitPass of [true, false]) {
    for (const { s, statements: found } of readings) {
      for (const st of found.filter((x) => x.explicit === explicitPass)) {
        // A reading of the subject never makes a generic body an owner (各有关部门要…).
        const leads = resolveAll(st.lead, s).filter((m) => explicitPass || !GENERIC_BODIES.test(m.name));
        const supports = resolveAll(st.support, s);
        if (explicitPass) {
          for (const m of leads) state('OWNED_BY', m, s, st.shape);
          // 相关部门协同…: a generic body taking part is the plan's word too vague for an edge.
          for (const m of supports) if (GENERIC_BODIES.test(m.name)) propose('INVOLVES', m, 0.6, s, `named as taking part (${st.shape}), a generic body`);
          else state('INVOLVES', m, s, st.shape);
        } else for (const m of leads) propose('OWNED_BY', m, 0.6, s, `read as the sentence's subject (${st.shape})`);
        if (leads.length) statements.push({ sentence: s, leads, explicit: explicitPass, shape: st.shape, sectionPath: task.sectionPath });
      }
    }
  }
  for (const s of joined) {
    // Only a span that is a list of bodies (its tail, for 配合 after a verb): 各有关部门要加强协作配合 names nobody.
    for (const pattern of PARTICIPANT) {
      for (const m of s.matchAll(pattern)) for (const n of subjectAtEnd(m[1], resolver.isAgency) ?? []) {
        const a = resolver.resolveName(n, s, task.sectionPath);
        if (a) propose('INVOLVES', a, 0.75, s, 'named as taking part');
      }
    }
  }
  // Registry names elsewhere in the task, never inside a body an owner statement names whole (税务 in 市税务局).
  const statedNames = new Map(readings.map(({ s, statements: found }) => [s, found.flatMap((st) => [...st.lead, ...st.support]).filter((n) => !resolver.isRegistryName(n))]));
  for (const s of joined) {
    const masked = (statedNames.get(s) ?? []).reduce((t, n) => t.split(n).join('\u0000'), s);
    for (const a of resolver.mentionsIn(masked, s, task.sectionPath)) propose('INVOLVES', a, 0.5, s, 'named in the task');
  }
  return { stated, proposals, statements };
}

/** An indicator as continuity compares it: its id, name and unit. */
export interface ComparableIndicator {
  id: string;
  name: string;
  unit: string | null;
  quote?: string;
  sectionPath?: string[];
}

/** The least name similarity (Dice over character pairs) at which a renamed measure is proposed. */
export const CONTINUITY_THRESHOLD = 0.5;

/**
 * Indicator → indicator of the plan this one follows: the same measure (same name) or a renamed one (names that
 * share most of their character pairs, the unit agreeing), each earlier indicator matched at most once, best first.
 * CONTINUES for the plan of the period before (14th → 15th), ALIGNS_WITH for a plan of the same period at another level.
 */
export function proposeContinuity(indicators: ComparableIndicator[], previous: ComparableIndicator[], relation: 'CONTINUES' | 'ALIGNS_WITH'): Proposal[] {
  const candidates: { a: ComparableIndicator; b: ComparableIndicator; score: number }[] = [];
  for (const a of indicators) {
    for (const b of previous) {
      const same = normalMeasure(a.name) === normalMeasure(b.name);
      let score = same ? 1 : dice(a.name, b.name);
      if (!same && a.unit && b.unit && a.unit !== b.unit) score -= 0.2;
      if (score >= CONTINUITY_THRESHOLD) candidates.push({ a, b, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const out: Proposal[] = [];
  for (const { a, b, score } of candidates) {
    if (usedA.has(a.id) || usedB.has(b.id)) continue;
    usedA.add(a.id);
    usedB.add(b.id);
    out.push({
      relation, from: a.id, to: b.id, confidence: score === 1 ? 0.95 : round(0.3 + 0.6 * score), quote: a.quote ?? a.name, sectionPath: a.sectionPath ?? [],
      evidence: score === 1 ? `same measure: ${b.name}` : `renamed measure: ${b.name} → ${a.name}`,
    });
  }
  return out;
}

const normalMeasure = (name: string) => name.replace(/[^\u4e00-\u9fa5A-Za-z0-9]/g, '');
