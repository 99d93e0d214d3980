/**
 * Every code the API answers with, as the planner reads it: each enum value of the schema in Chinese and English
 * (typed by the enums codegen writes from schema/, so a value added there fails `npm run typecheck` until it is
 * labelled here; tests/unit/console-codes.test.ts walks the SDL too), node kinds, audit actions, and dates.
 */
import type * as E from './__generated__/enums';
import possibleTypes from './__generated__/possibleTypes';
import type { Lang } from './i18n';

type Pair = readonly [zh: string, en: string];

/** The schema's enums by name, each value's label. */
interface EnumLabels {
  AgencyKind: Record<E.AgencyKind, Pair>;
  AgencyLevel: Record<E.AgencyLevel, Pair>;
  AmendmentStatus: Record<E.AmendmentStatus, Pair>;
  AreaRollUp: Record<E.AreaRollUp, Pair>;
  Comparator: Record<E.Comparator, Pair>;
  DiagramFormat: Record<E.DiagramFormat, Pair>;
  FinalOutcome: Record<E.FinalOutcome, Pair>;
  GoalKind: Record<E.GoalKind, Pair>;
  IndicatorAttribute: Record<E.IndicatorAttribute, Pair>;
  IndicatorSource: Record<E.IndicatorSource, Pair>;
  JurisdictionLevel: Record<E.JurisdictionLevel, Pair>;
  LawKind: Record<E.LawKind, Pair>;
  LikelyOwnerEvidenceKind: Record<E.LikelyOwnerEvidenceKind, Pair>;
  LikelyOwnerRule: Record<E.LikelyOwnerRule, Pair>;
  LinkDirection: Record<E.LinkDirection, Pair>;
  LinkOrigin: Record<E.LinkOrigin, Pair>;
  MeasurementStatus: Record<E.MeasurementStatus, Pair>;
  PlanFileFormat: Record<E.PlanFileFormat, Pair>;
  ProjectionMethod: Record<E.ProjectionMethod, Pair>;
  ProposalStatus: Record<E.ProposalStatus, Pair>;
  ProposedRelation: Record<E.ProposedRelation, Pair>;
  RelationKind: Record<E.RelationKind, Pair>;
  ReviewStatus: Record<E.ReviewStatus, Pair>;
  SearchMatch: Record<E.SearchMatch, Pair>;
  Role: Record<E.Role, Pair>;
  TargetKind: Record<E.TargetKind, Pair>;
  TargetOrigin: Record<E.TargetOrigin, Pair>;
  TaskLevel: Record<E.TaskLevel, Pair>;
  WriteOutcome: Record<E.WriteOutcome, Pair>;
}

/** The relations, shared by RelationKind and ProposedRelation. */
const RELATIONS = {
  FOLLOWS: ['承接', 'follows'],
  PART_OF: ['隶属于', 'part of'],
  SUPPORTS: ['支撑目标', 'supports'],
  MEASURES: ['衡量目标', 'measures'],
  MOVES: ['推动指标', 'moves'],
  OWNED_BY: ['牵头单位', 'led by'],
  INVOLVES: ['参与单位', 'involves'],
  BASED_ON: ['依据', 'based on'],
  CORRESPONDS_TO: ['对应', 'corresponds to'],
  IN_REMIT_OF: ['职责范围内', 'in the remit of'],
  CONTINUES: ['延续', 'continues'],
  ALIGNS_WITH: ['衔接', 'aligns with'],
} as const satisfies Record<E.RelationKind, Pair>;

const STATUSES = {
  ACHIEVED: ['已实现', 'Achieved'],
  ON_TRACK: ['进展顺利', 'On track'],
  AT_RISK: ['存在风险', 'At risk'],
  OFF_TRACK: ['偏离目标', 'Off track'],
  NO_DATA: ['暂无数据', 'No data'],
} as const satisfies Record<E.ReviewStatus, Pair>;

/** Every enum value of the schema, in both languages. */
export const ENUM_LABELS: EnumLabels = {
  AgencyKind: {
    GOVERNMENT: ['政府部门', 'Government department'],
    PARTY: ['党委部门', 'Party body'],
    JUDICIAL: ['司法机关', 'Judicial body'],
    INSTITUTION: ['事业单位', 'Public institution'],
    ASSOCIATION: ['行业协会', 'Association'],
    PLATFORM: ['平台', 'Platform'],
    ENTERPRISE: ['企业', 'Enterprise'],
    OTHER: ['其他', 'Other'],
  },
  AgencyLevel: { NATIONAL: ['国家级', 'National'], PROVINCIAL: ['省级', 'Provincial'], CITY: ['市级', 'City'], COUNTY: ['县级', 'County'], TOWNSHIP: ['乡镇级', 'Township'], OTHER: ['其他', 'Other'] },
  AmendmentStatus: { PROPOSED: ['待审批', 'Proposed'], APPROVED: ['已批准', 'Approved'], REJECTED: ['已驳回', 'Rejected'] },
  AreaRollUp: { SUM: ['各区相加', 'Sum of areas'], SEPARATE: ['各区分别评估', 'Each area separately'] },
  Comparator: { EQ: ['等于', 'equal to'], GT: ['高于', 'above'], GTE: ['不低于', 'at least'], LT: ['低于', 'below'], LTE: ['不高于', 'at most'] },
  DiagramFormat: { MERMAID: ['Mermaid 图', 'Mermaid'], DOT: ['Graphviz 图', 'Graphviz DOT'] },
  FinalOutcome: { ACHIEVED: ['已实现', 'Achieved'], MISSED: ['未实现', 'Missed'], NO_DATA: ['暂无数据', 'No data'] },
  GoalKind: { OVERALL: ['总体目标', 'Overall goal'], VISION: ['远景目标', 'Vision'], SPECIFIC: ['具体目标', 'Specific goal'], TABLE_CATEGORY: ['指标类别', 'Indicator category'] },
  IndicatorAttribute: { BINDING: ['约束性', 'Binding'], EXPECTED: ['预期性', 'Expected'] },
  IndicatorSource: { TABLE: ['指标表', 'Indicator table'], TEXT: ['正文', 'Text'], API: ['接口写入', 'Via the API'] },
  JurisdictionLevel: { PROVINCE: ['省', 'Province'], CITY: ['市', 'City'], COUNTY: ['县', 'County'] },
  LawKind: {
    LAW: ['法律', 'Law'],
    ADMINISTRATIVE_REGULATION: ['行政法规', 'Administrative regulation'],
    LOCAL_REGULATION: ['地方性法规', 'Local regulation'],
    RULE: ['规章', 'Rule'],
    NORMATIVE_DOCUMENT: ['规范性文件', 'Normative document'],
    STANDARD: ['标准', 'Standard'],
    PLAN: ['规划', 'Plan'],
  },
  LikelyOwnerEvidenceKind: {
    TASK_LEAD: ['牵头相关任务', 'Leads a related task'],
    TASK_PARTICIPANT: ['参与相关任务', 'Takes part in a related task'],
    TASK_OWNER: ['负责相关任务', 'Owns a related task'],
    REMIT: ['职责范围', 'Within its remit'],
    PLAN_BODY: ['规划编制单位', 'The plan’s own body'],
  },
  LikelyOwnerRule: { REMIT: ['职责范围', 'Remit'], LEAD: ['牵头任务', 'Task lead'], PLAN_BODY: ['规划编制单位', 'Plan body'] },
  LinkDirection: { OUT: ['指向', 'outgoing'], IN: ['来自', 'incoming'] },
  LinkOrigin: { PARSED: ['从原文解析', 'Parsed from the text'], CURATED: ['人工核定', 'Curated'], API: ['接口写入', 'Via the API'] },
  MeasurementStatus: { SUBMITTED: ['已提交', 'Submitted'], RETURNED: ['已退回', 'Returned'], APPROVED: ['已审核', 'Approved'] },
  PlanFileFormat: { TEXT: ['纯文本', 'Plain text'], HTML: ['网页', 'Web page'], DOCX: ['Word 文档', 'Word document'], PDF: ['PDF 文档', 'PDF document'] },
  ProjectionMethod: { LINEAR: ['线性外推', 'Linear trend'], COMPOUND_GROWTH: ['复合增长外推', 'Compound growth'], ANNUAL_AMOUNT: ['按年度量', 'Yearly amount'] },
  ProposalStatus: { PROPOSED: ['待确认', 'Proposed'], CONFIRMED: ['已确认', 'Confirmed'], REJECTED: ['已否决', 'Rejected'] },
  ProposedRelation: {
    MOVES: RELATIONS.MOVES,
    SUPPORTS: RELATIONS.SUPPORTS,
    MEASURES: RELATIONS.MEASURES,
    OWNED_BY: RELATIONS.OWNED_BY,
    INVOLVES: RELATIONS.INVOLVES,
    CONTINUES: RELATIONS.CONTINUES,
    ALIGNS_WITH: RELATIONS.ALIGNS_WITH,
  },
  RelationKind: RELATIONS,
  ReviewStatus: STATUSES,
  SearchMatch: { EXACT: ['完全匹配', 'Exact match'], WORD: ['词语匹配', 'Word match'], FRAGMENT: ['部分匹配', 'Partial match'] },
  Role: { READER: ['查阅人员', 'Reader'], ANALYST: ['分析人员', 'Analyst'], PLANNER: ['规划人员', 'Planner'], INTEGRATOR: ['系统集成', 'Integrator'], ADMIN: ['管理员', 'Administrator'] },
  TargetKind: { LEVEL: ['水平值', 'Level'], ANNUAL: ['年度量', 'Annual amount'], GROWTH: ['增长率', 'Growth'], CUMULATIVE: ['累计', 'Cumulative'] },
  TargetOrigin: { PLAN: ['规划原定', 'As planned'], AMENDMENT: ['调整后', 'Amended'] },
  TaskLevel: {
    CHAPTER: ['章', 'Chapter'],
    SECTION: ['节', 'Section'],
    SUBSECTION: ['小节', 'Subsection'],
    ITEM: ['条目', 'Item'],
    MEASURE: ['措施', 'Measure'],
    COLUMN: ['专栏', 'Box'],
    COLUMN_ITEM: ['专栏条目', 'Box item'],
  },
  WriteOutcome: { CREATED: ['已新建', 'Created'], UPDATED: ['已更新', 'Updated'], UNCHANGED: ['未变化', 'Unchanged'] },
};

/** An enum's name. */
export type EnumName = keyof EnumLabels;

/** An enum value's label in a language; a value the console does not know yet is shown as it came. */
export function code<N extends EnumName>(lang: Lang, enumName: N, value: string | null | undefined): string {
  if (!value) return '';
  const pair = (ENUM_LABELS[enumName] as Record<string, Pair | undefined>)[value];
  return pair ? pair[lang === 'zh' ? 0 : 1] : value;
}

/** The kinds of node (the `Node` interface's members, from codegen), in both languages. */
export const NODE_KIND_LABELS: Record<string, Pair> = {
  Plan: ['规划', 'Plan'],
  Goal: ['目标', 'Goal'],
  Task: ['任务', 'Task'],
  Indicator: ['指标', 'Indicator'],
  Agency: ['单位', 'Agency'],
  Law: ['法规', 'Law'],
};

/** The kinds a `Node` can be, as the schema says (codegen's possibleTypes, not introspection). */
export const NODE_KINDS: readonly string[] = possibleTypes.possibleTypes.Node;

/** A node kind (`__typename`, or a search hit's kind) in a language. */
export function kindLabel(lang: Lang, kind: string): string {
  const pair = NODE_KIND_LABELS[kind] ?? NODE_KIND_LABELS[kind.charAt(0) + kind.slice(1).toLowerCase()];
  return pair ? pair[lang === 'zh' ? 0 : 1] : kind;
}

const ACTION_VERBS: Record<string, Pair> = {
  ASSIGN: ['指定', 'assign'],
  REMOVE: ['移除', 'remove'],
  CREATE: ['新建', 'create'],
  UPDATE: ['更新', 'update'],
  LINK: ['关联', 'link'],
  UNLINK: ['取消关联', 'unlink'],
  RECORD: ['记录', 'record'],
  IMPORT: ['导入', 'import'],
  PROPOSE: ['提出', 'propose'],
  DECIDE: ['审批', 'decide'],
  APPROVE: ['批准', 'approve'],
  RETURN: ['退回', 'return'],
  SUBMIT: ['提交', 'submit'],
  SCOPE: ['划定', 'scope'],
  SPLIT: ['拆分', 'split'],
  SET: ['设定', 'set'],
  CONFIRM: ['确认', 'confirm'],
  REJECT: ['否决', 'reject'],
};
const ACTION_OBJECTS: Record<string, Pair> = {
  OWNER: ['责任单位', 'owner'],
  MEASUREMENT: ['数值', 'figure'],
  MEASUREMENTS: ['数值', 'figures'],
  FIGURE: ['数值', 'figure'],
  FIGURES: ['数值', 'figures'],
  GRAPH: ['图数据', 'graph'],
  PLAN: ['规划', 'plan'],
  AMENDMENT: ['目标调整', 'amendment'],
  AGENCY: ['单位', 'agency'],
  AREAS: ['分区', 'areas'],
  PROPOSAL: ['建议关联', 'proposal'],
  ...Object.fromEntries(Object.entries(RELATIONS).map(([k, [zh, en]]) => [k, [`${zh}关系`, `${en} edge`] as Pair])),
  ...Object.fromEntries(Object.entries(NODE_KIND_LABELS).map(([k, p]) => [k.toUpperCase(), p])),
};

/** An audit action (ASSIGN_OWNER, LINK_OWNED_BY, RECORD_MEASUREMENT…) in a language: its verb and object, each labelled. */
export function actionLabel(lang: Lang, action: string): string {
  const i = lang === 'zh' ? 0 : 1;
  const [verb, ...rest] = action.split('_');
  const object = rest.join('_');
  const v = ACTION_VERBS[verb];
  const o = object ? ACTION_OBJECTS[object] : undefined;
  if (!v || (object && !o)) return action;
  return lang === 'zh' ? `${v[i]}${o ? o[i] : ''}` : `${v[i]}${o ? ` ${o[i]}` : ''}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A timestamp (ISO 8601) as the language writes it, to the minute, in the browser's time zone. */
export function formatDateTime(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(date);
}

/** A number as the language writes it (grouping, up to `digits` decimals). */
export function formatNumber(lang: Lang, value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits });
}

/** A likely owner's rule, confidence and evidence kinds in a language (or the detail as the server gave it). */
export function likelyDetail(lang: Lang, owner: { detail: string; rule?: string; confidence?: number; kinds?: string[] }): string {
  if (owner.confidence === undefined) return owner.detail;
  const rule = owner.rule ? `${code(lang, 'LikelyOwnerRule', owner.rule)} · ` : '';
  const kinds = (owner.kinds ?? []).map((k) => code(lang, 'LikelyOwnerEvidenceKind', k)).join(lang === 'zh' ? '、' : ', ');
  return `${rule}${Math.round(owner.confidence * 100)}%${kinds ? ` · ${kinds}` : ''}`;
}
