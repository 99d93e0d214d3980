export type AgencyKind =
  /** Trade association, chamber of commerce, consumers' association. */
  | 'ASSOCIATION'
  /** Enterprises or other market actors. */
  | 'ENTERPRISE'
  /** A government department or bureau. */
  | 'GOVERNMENT'
  /** Public institution: testing centre, hospital, institute. */
  | 'INSTITUTION'
  /** Court or procuratorate. */
  | 'JUDICIAL'
  | 'OTHER'
  /** A Party committee or its office. */
  | 'PARTY'
  /** A platform or system the plan names as doing work. */
  | 'PLATFORM';

export type AgencyLevel =
  | 'CITY'
  | 'COUNTY'
  | 'NATIONAL'
  | 'OTHER'
  | 'PROVINCIAL'
  | 'TOWNSHIP';

/** Where an amendment stands: proposed, then approved or rejected by an ADMIN other than its proposer. */
export type AmendmentStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED';

/** How an indicator's area figures make its city-wide value. */
export type AreaRollUp =
  /** Each area is judged on its own; area figures never make a city value. */
  | 'SEPARATE'
  /** The city value of a year is the sum of the areas' figures (unless a city-wide figure is recorded for it). */
  | 'SUM';

export type Comparator =
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE';

export type DiagramFormat =
  | 'DOT'
  | 'MERMAID';

/** An indicator's outcome at the end of the plan's period. */
export type FinalOutcome =
  | 'ACHIEVED'
  | 'MISSED'
  /** Nothing approved was measured after the baseline year. */
  | 'NO_DATA';

/** What kind of goal: the plan's overall 2025 goal, the 2035 vision, a specific goal (具体目标), or one of Table 1's categories. */
export type GoalKind =
  | 'OVERALL'
  | 'SPECIFIC'
  | 'TABLE_CATEGORY'
  | 'VISION';

/** The plan's own classification of an indicator: 约束性 (binding) or 预期性 (expected). */
export type IndicatorAttribute =
  /** 约束性: constrained, binding. */
  | 'BINDING'
  /** 预期性: expected, anticipatory. */
  | 'EXPECTED';

/** Where an indicator comes from: Table 1, or a quantified target the text sets elsewhere. */
export type IndicatorSource =
  /** Created through the API by another system. */
  | 'API'
  | 'TABLE'
  | 'TEXT';

export type JurisdictionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

export type LawKind =
  /** 条例 of the State Council. */
  | 'ADMINISTRATIVE_REGULATION'
  /** 法: a law of the National People's Congress. */
  | 'LAW'
  /** A local regulation (地方性法规). */
  | 'LOCAL_REGULATION'
  /** A normative document: 通知, 意见, 实施方案, 办法 issued as policy. */
  | 'NORMATIVE_DOCUMENT'
  /** A plan or programme (规划, 纲要). */
  | 'PLAN'
  /** 规章: a departmental or local government rule (办法, 规定). */
  | 'RULE'
  /** A national, sector, local or international standard or technical specification. */
  | 'STANDARD';

/** What makes an agency a likely owner of an indicator. */
export type LikelyOwnerEvidenceKind =
  /** It answers for the indicator's plan: the plan's issuer, or the body the text gives the plan's implementation to (IN_REMIT_OF from the plan). */
  | 'PLAN_BODY'
  /** The plan says the indicator's subject is its business (IN_REMIT_OF). */
  | 'REMIT'
  /** It leads (OWNED_BY) a task that moves the indicator. */
  | 'TASK_LEAD'
  /** It is named as the owner of a task that moves the indicator, without a lead word (负责, 牵头): supports, never makes an owner. */
  | 'TASK_OWNER'
  /** It takes part in (INVOLVES) a task that moves the indicator. */
  | 'TASK_PARTICIPANT';

/**
 * The rule of the likely-owner model that made an agency a suggestion, strongest first (docs/ownership.md). A lead
 * (TASK_LEAD) counts only when the plan's sentence says so (负责, 牵头…); partners, higher-level bodies, platforms,
 * hotlines, centres and associations are never suggested.
 */
export type LikelyOwnerRule =
  /** It leads, in the plan's words, a task that moves the indicator. */
  | 'LEAD'
  /** It answers for the indicator's plan, and the text gives the measure to no one else. */
  | 'PLAN_BODY'
  /** The plan says the indicator's subject is its business. */
  | 'REMIT';

export type LinkDirection =
  /** From the other node to this one (that task SUPPORTS this goal). */
  | 'IN'
  /** From this node to the other (this task SUPPORTS that goal). */
  | 'OUT';

/** Where an edge comes from. */
export type LinkOrigin =
  /** Written through the API (e.g. assignIndicatorOwner). */
  | 'API'
  /** Curated by judgment from the text, with the sentence it rests on. */
  | 'CURATED'
  /** Parsed from the plan's text (its structure, Table 1, a 《》 citation). */
  | 'PARSED';

/** Where a figure stands in its workflow. */
export type MeasurementStatus =
  /** Counted by the review: recorded by a PLANNER or ADMIN, or a submission they approved. */
  | 'APPROVED'
  /** Sent back by a PLANNER or ADMIN with a comment; not counted. */
  | 'RETURNED'
  /** Sent by an INTEGRATOR; not counted by the review until approved. */
  | 'SUBMITTED';

/** How a plan's file was read (told by its bytes, else its name). */
export type PlanFileFormat =
  | 'DOCX'
  /** A saved web page. */
  | 'HTML'
  /** A PDF with a text layer. */
  | 'PDF'
  | 'TEXT';

/** How a warning projects an indicator to its target year. */
export type ProjectionMethod =
  /** Annual targets: the latest year's amount, which the target asks for every year. */
  | 'ANNUAL_AMOUNT'
  /** Growth targets: the compound annual growth from the first to the latest figure, carried to the target year. */
  | 'COMPOUND_GROWTH'
  /** Levels and rates: the least-squares line through the approved figures (and the baseline), read at the target year. */
  | 'LINEAR';

/** Where a proposed edge stands. */
export type ProposalStatus =
  /** Confirmed by a planner: the edge now exists (origin CURATED). */
  | 'CONFIRMED'
  /** Proposed by the importer, not yet judged; no query counts it unless asked. */
  | 'PROPOSED'
  /** Rejected by a planner: a re-import does not propose it again. */
  | 'REJECTED';

/** The kinds of edge an import proposes rather than asserts. */
export type ProposedRelation =
  | 'ALIGNS_WITH'
  | 'CONTINUES'
  | 'INVOLVES'
  | 'MEASURES'
  | 'MOVES'
  | 'OWNED_BY'
  | 'SUPPORTS';

/** The kinds of edge the graph has. */
export type RelationKind =
  /** An indicator matching one of a plan at another level its plan follows (a city's and its province's). */
  | 'ALIGNS_WITH'
  | 'BASED_ON'
  /** An indicator carrying on one of the plan its plan follows (14th → 15th). */
  | 'CONTINUES'
  | 'CORRESPONDS_TO'
  | 'FOLLOWS'
  | 'INVOLVES'
  /** Indicator → agency: the plan says the indicator's subject is the agency's business (evidence for a likely owner; never an owner). */
  | 'IN_REMIT_OF'
  | 'MEASURES'
  | 'MOVES'
  | 'OWNED_BY'
  | 'PART_OF'
  | 'SUPPORTS';

export type ReviewStatus =
  | 'ACHIEVED'
  | 'AT_RISK'
  | 'NO_DATA'
  | 'OFF_TRACK'
  | 'ON_TRACK';

/** What a caller's token may do, for the console to show what its holder can use. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'INTEGRATOR'
  | 'PLANNER'
  | 'READER';

/** How a search hit matched its query. */
export type SearchMatch =
  | 'EXACT'
  | 'FRAGMENT'
  | 'WORD';

/** What a target's value means. */
export type TargetKind =
  /** An amount every year (每年40批, 每年4批次/千人). */
  | 'ANNUAL'
  /** A total over the plan's period, written in brackets ([30]). */
  | 'CUMULATIVE'
  /** A year-on-year growth rate (年增长5%). */
  | 'GROWTH'
  /** A level to reach by the target year (95%以上, 28万户). */
  | 'LEVEL';

/** Where a target in an indicator's history comes from. */
export type TargetOrigin =
  | 'AMENDMENT'
  /** The target as the plan (Table 1 or the text) writes it. */
  | 'PLAN';

/** Where a task sits in the plan's hierarchy. */
export type TaskLevel =
  /** 第三章 …: a chapter of tasks. */
  | 'CHAPTER'
  /** 专栏: an action plan box. */
  | 'COLUMN'
  /** A numbered item (1、2、…) of a 专栏. */
  | 'COLUMN_ITEM'
  /** A numbered item (1、2、…) of a subsection. */
  | 'ITEM'
  /** A paragraph of a subsection led by its own short heading sentence. */
  | 'MEASURE'
  /** 第一节 … */
  | 'SECTION'
  /** (一) … */
  | 'SUBSECTION';

/** What an upsert did. */
export type WriteOutcome =
  | 'CREATED'
  /** The entity already had exactly these values: nothing changed (a repeated request is harmless). */
  | 'UNCHANGED'
  | 'UPDATED';
