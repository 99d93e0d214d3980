/**
 * Who answers for an indicator the plan gives no owner: the model of responsibility (docs/ownership.md).
 *
 * In Chinese practice the body that issues or implements a plan answers for its indicators, through the division
 * whose remit covers the measure, unless the text (or a division table) gives the measure to another body.
 * Partners (配合, 参与, 会同 as second party), higher-level bodies that set policy, platforms, hotlines, centres,
 * institutions and associations never own. So a suggestion rests on one of three rules, strongest first:
 *
 * - REMIT: the plan says the indicator's subject is the body's business (IN_REMIT_OF from the indicator);
 * - LEAD: the body leads, in words that say so (负责, 牵头, 主责, 主管), a task that moves the indicator;
 * - PLAN_BODY: the body that answers for the whole plan — its issuer (import metadata), or the body the text
 *   gives the plan's implementation to (IN_REMIT_OF from the plan).
 *
 * Other evidence (a task's named owner without a lead word, a partner) supports a body that has a rule, never makes
 * one. Among bodies under the same strongest rule the plan's own body wins; otherwise the model abstains.
 */

/** The kinds of evidence the graph gives. */
export type LikelyOwnerEvidenceKind = 'TASK_LEAD' | 'TASK_PARTICIPANT' | 'REMIT' | 'PLAN_BODY' | 'TASK_OWNER';

/** The rules that can make a body a likely owner, strongest first. */
export const LIKELY_OWNER_RULES = ['REMIT', 'LEAD', 'PLAN_BODY'] as const;
export type LikelyOwnerRule = (typeof LIKELY_OWNER_RULES)[number];

/** Why an agency is a likely owner of an indicator: one path through the graph and the quotes on it. */
export interface LikelyOwnerEvidenceModel {
  kind: LikelyOwnerEvidenceKind;
  weight: number;
  /** Indicator id, then the moving task's id (task evidence) or the plan's id (plan evidence), then the agency id. */
  pathIds: string[];
  quotes: string[];
}

/** An agency the model suggests could own an indicator, with the rule that put it there and its evidence. */
export interface LikelyOwnerModel {
  agencyId: string;
  confidence: number;
  rule: LikelyOwnerRule;
  /** One sentence: which rule, on what evidence, and how a tie was broken. */
  reason: string;
  evidence: LikelyOwnerEvidenceModel[];
}

/** The model's answer for one indicator: its suggestions, or why it has none it is confident of. */
export interface LikelyOwnerJudgmentModel {
  owners: LikelyOwnerModel[];
  /** Set when the model abstains: "no confident suggestion: …". */
  abstention: string | null;
}

/** An agency as the model needs it. */
export interface OwnerCandidate {
  id: string;
  name: string;
  level: string | null;
  kind: string | null;
}

/** One piece of raw evidence from the graph, before the model weighs it. */
export interface RawOwnerEvidence {
  kind: LikelyOwnerEvidenceKind;
  agency: OwnerCandidate;
  pathIds: string[];
  quotes: string[];
}

/** How much each kind of evidence weighs (0-1); combined per agency as 1 - Π(1 - weight). */
export const EVIDENCE_WEIGHT: Record<LikelyOwnerEvidenceKind, number> = {
  // The plan says the subject is the body's business: the closest the text comes to naming an owner.
  REMIT: 0.9,
  // The body leads, in so many words, work that moves the indicator.
  TASK_LEAD: 0.8,
  // The body answers for the whole plan.
  PLAN_BODY: 0.6,
  // Named as a task's owner without a lead word (the sentence's subject, 组织…): supports, never makes an owner.
  TASK_OWNER: 0.3,
  // Takes part: supports a body that has a rule, never makes one.
  TASK_PARTICIPANT: 0.1,
};

/** The rule each kind of evidence can make a body a likely owner by (none for supporting evidence). */
const RULE_OF: Partial<Record<LikelyOwnerEvidenceKind, LikelyOwnerRule>> = { REMIT: 'REMIT', TASK_LEAD: 'LEAD', PLAN_BODY: 'PLAN_BODY' };

/** Words by which a plan says a body leads: the curated owner of a task only counts as LEAD when its sentence has one. */
export const LEAD_WORDS = /负责|牵头|主责|主管/;

/** A task edge's kind of evidence: a lead in words, an owner without them, or a partner. */
export function taskEvidenceKind(edge: 'OWNED_BY' | 'INVOLVES', quote: string | null): LikelyOwnerEvidenceKind {
  if (edge === 'INVOLVES') return 'TASK_PARTICIPANT';
  return quote && LEAD_WORDS.test(quote) ? 'TASK_LEAD' : 'TASK_OWNER';
}

const LEVEL_RANK: Record<string, number> = { NATIONAL: 4, PROVINCIAL: 3, CITY: 2, COUNTY: 1, TOWNSHIP: 0 };
// Bodies that coordinate, carry or serve the work but never answer for a measure, by what their names end in.
const NEVER_OWNS_NAME: [RegExp, string][] = [
  [/(平台|系统|APP|在线|网络学院平台)$/, 'a platform'],
  [/(热线|^\d+$)/, 'a hotline'],
  [/(中心|窗口)$/, 'a centre or service window'],
  [/(协会|商会|专家委员会)$/, 'an association'],
  [/联席会议$/, 'a coordination meeting'],
  [/^(相关|有关)/, 'an unnamed group of bodies'],
];
const NEVER_OWNS_KIND: Record<string, string> = {
  PLATFORM: 'a platform',
  ASSOCIATION: 'an association',
  INSTITUTION: 'an institution or centre',
  ENTERPRISE: 'an enterprise',
  PARTY: 'a Party body',
  JUDICIAL: 'a judicial body',
};

/** Why a body can never be a suggestion for a plan at `planLevel` (a higher-level body, a platform…), or null. */
export function neverOwns(agency: OwnerCandidate, planLevel: string | null): string | null {
  const byKind = agency.kind ? NEVER_OWNS_KIND[agency.kind] : undefined;
  if (byKind) return byKind;
  const byName = NEVER_OWNS_NAME.find(([pattern]) => pattern.test(agency.name));
  if (byName) return byName[1];
  const level = agency.level ? LEVEL_RANK[agency.level] : undefined;
  // A plan of unknown level still never has a national body answer for it.
  const ceiling = planLevel && planLevel in LEVEL_RANK ? LEVEL_RANK[planLevel] : LEVEL_RANK.PROVINCIAL;
  if (level !== undefined && level > ceiling) return 'a higher-level body';
  return null;
}

const RULE_REASON: Record<LikelyOwnerRule, string> = {
  REMIT: 'the plan says the indicator’s subject is its business',
  LEAD: 'it leads, in the plan’s words (负责/牵头), work that moves the indicator',
  PLAN_BODY: 'it answers for the plan and the text gives the measure to no one else',
};

const round = (x: number) => Math.round(x * 1000) / 1000;

// Places a sentence opens with, as the plan's allotment of a target (六枝特区、盘州市、水城县每年新增…): two or more
// characters before a place suffix, joined by 、. 全市 and 市、县 are not places (one character before the suffix).
const ALLOTMENT = /^((?:[\u4e00-\u9fa5]{2,5}?(?:特区|自治县|县|区|市|旗))(?:、[\u4e00-\u9fa5]{2,5}?(?:特区|自治县|县|区|市|旗))*)(?=每年|到20|力争|年底|在20|新增)/;

/**
 * The places below the plan's own that an indicator's sentence allots its target to (六枝特区、盘州市、水城县 for
 * 「六枝特区、盘州市、水城县每年新增有机产品认证证书1张以上」), or [] — the plan's own place is not an allotment.
 */
export function allottedPlaces(sentence: string | null, planPlace: string | null): string[] {
  const m = sentence ? ALLOTMENT.exec(sentence.trim()) : null;
  return m ? m[1].split('、').filter((p) => p !== planPlace) : [];
}

/**
 * Weighs an indicator's evidence into suggestions under the rules above, or an abstention. `allottedTo`: the places
 * below the plan's level its sentence allots the target to — their bodies answer for it, not the plan's body, so
 * PLAN_BODY alone does not suggest anyone there.
 */
export function judgeLikelyOwners(evidence: RawOwnerEvidence[], planLevel: string | null, allottedTo: string[] = []): LikelyOwnerJudgmentModel {
  const byAgency = new Map<string, { agency: OwnerCandidate; items: LikelyOwnerEvidenceModel[] }>();
  for (const e of evidence) {
    if (neverOwns(e.agency, planLevel)) continue;
    const entry = byAgency.get(e.agency.id) ?? byAgency.set(e.agency.id, { agency: e.agency, items: [] }).get(e.agency.id)!;
    if (!entry.items.some((x) => x.kind === e.kind && x.pathIds.join() === e.pathIds.join()))
      entry.items.push({ kind: e.kind, weight: EVIDENCE_WEIGHT[e.kind], pathIds: e.pathIds, quotes: e.quotes });
  }
  const rank = (r: LikelyOwnerRule) => LIKELY_OWNER_RULES.indexOf(r);
  const candidates = [...byAgency.values()]
    .map(({ agency, items }) => {
      const rules = items.map((e) => RULE_OF[e.kind]).filter((r): r is LikelyOwnerRule => r !== undefined);
      if (rules.length === 0) return null; // support alone never makes an owner
      const rule = rules.sort((a, b) => rank(a) - rank(b))[0];
      const sorted = [...items].sort((a, b) => b.weight - a.weight || a.pathIds.join().localeCompare(b.pathIds.join()));
      const confidence = round(1 - sorted.reduce((p, e) => p * (1 - e.weight), 1));
      return { agency, rule, confidence, evidence: sorted, isPlanBody: items.some((e) => e.kind === 'PLAN_BODY') };
    })
    .filter((c): c is NonNullable<typeof c> => c !== null)
    .sort((a, b) => rank(a.rule) - rank(b.rule) || b.confidence - a.confidence || a.agency.id.localeCompare(b.agency.id));
  if (candidates.length === 0) return { owners: [], abstention: null };
  if (allottedTo.length > 0 && candidates[0].rule === 'PLAN_BODY') {
    return { owners: [], abstention: `no confident suggestion: the text allots the target to ${allottedTo.join('、')}, whose bodies answer for it, and names none of them` };
  }

  const top = candidates.filter((c) => c.rule === candidates[0].rule);
  let tieNote = '';
  if (top.length > 1) {
    const planBodies = top.filter((c) => c.isPlanBody);
    if (planBodies.length !== 1) {
      return {
        owners: [],
        abstention: `no confident suggestion: ${top.map((c) => c.agency.name).join(', ')} stand equal under rule ${top[0].rule} (${RULE_REASON[top[0].rule]})`,
      };
    }
    // Stated tie-break: among bodies equal under the strongest rule, the plan's own body answers.
    candidates.splice(candidates.indexOf(planBodies[0]), 1);
    candidates.unshift(planBodies[0]);
    tieNote = `; chosen over ${top.filter((c) => c !== planBodies[0]).map((c) => c.agency.name).join(', ')} because it answers for the plan`;
  }
  return {
    abstention: null,
    owners: candidates.map((c, k) => ({
      agencyId: c.agency.id,
      confidence: c.confidence,
      rule: c.rule,
      reason: `${c.rule}: ${RULE_REASON[c.rule]}${k === 0 ? tieNote : ''}`,
      evidence: c.evidence,
    })),
  };
}
