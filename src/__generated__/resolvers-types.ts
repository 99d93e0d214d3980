import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlanModel } from '../plan/plan.model';
import type { GoalModel } from '../goal/goal.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { TaskModel } from '../task/task.model';
import type { AgencyModel } from '../agency/agency.model';
import type { LawModel } from '../law/law.model';
import type { MeasurementModel, IndicatorReviewModel, MidTermReviewModel, GoalReviewModel, AgencyReviewModel } from '../review/review.model';
import type { ImpactedNodeModel, ImpactModel, AgencyDissolutionModel, TaskDropModel, LawAmendmentModel } from '../impact/impact.model';
import type { SearchHitModel } from '../search/search.model';
import type { LinkModel } from '../link/link.model';
import type { ChangeModel } from '../audit/audit.model';
import type { AgencyPayloadModel, LawPayloadModel, GoalPayloadModel, TaskPayloadModel, IndicatorPayloadModel, LinkPayloadModel } from '../integration/integration.model';
import type { GapsModel } from '../analysis/gaps.model';
import type { LikelyOwnerModel, LikelyOwnerEvidenceModel } from '../ownership/ownership.model';
import type { IndicatorCoverageModel } from '../rollup/rollup.model';
import type { AmendmentModel, TargetHistoryEntryModel } from '../amendment/amendment.model';
import type { AreaYearModel } from '../figure/figure.model';
import type { WarningModel } from '../warning/warning.model';
import type { FinalReviewModel, FinalIndicatorReviewModel, GoalFinalReviewModel, AgencyFinalReviewModel } from '../final/final.model';
import type { ProposalModel, ContinuationModel } from '../proposal/proposal.model';
import type { CurationFileModel } from '../proposal/curation.export';
import type { PlanImportPreviewModel, PlanImportResultModel } from '../importer/planFile.service';
import type { GraphContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time, e.g. 2026-11-27T10:00:00Z. */
  DateTime: { input: string; output: string; }
  /** Any JSON value (an audit entry's before and after, an export document). */
  JSON: { input: unknown; output: unknown; }
};

export type Agency = Node & {
  __typename?: 'Agency';
  /** Other ways the plan writes it. */
  aliases: Array<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Tasks it takes part in. */
  involvedIn: Array<Task>;
  /** Tasks it takes part in, paged: in plan order (ord, then id). */
  involvedInConnection: TaskConnection;
  /** The place whose body it is (六盘水市); null for national and generic bodies (国家市场监管总局, 公安). */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  kind: AgencyKind;
  level: AgencyLevel;
  /** Every edge of this agency with its provenance (filter by relation and direction). */
  links: Array<Link>;
  /** The agency's name as the plan writes it (its fullest form). */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  ownedIndicators: Array<Indicator>;
  /** Indicators it owns, paged: in plan order (ord, then id). */
  ownedIndicatorsConnection: IndicatorConnection;
  ownedTasks: Array<Task>;
  /** Tasks it leads, paged: in plan order (ord, then id). */
  ownedTasksConnection: TaskConnection;
  /** Tasks and indicators it leads. */
  owns: Array<Ownable>;
  provenance?: Maybe<Provenance>;
  /** True for bodies any plan may name (national, provincial, generic); false for one place's own bodies, which only that place's plans (and its counties') reach. */
  shared?: Maybe<Scalars['Boolean']['output']>;
  version: Scalars['Int']['output'];
};


export type AgencyAliasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AgencyInvolvedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AgencyInvolvedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type AgencyLinksArgs = {
  direction?: InputMaybe<LinkDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<RelationKind>;
};


export type AgencyOwnedIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AgencyOwnedIndicatorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type AgencyOwnedTasksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AgencyOwnedTasksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type AgencyOwnsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  edges: Array<AgencyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** If an agency were dissolved: what would lose its only owner, and what it merely takes part in. */
export type AgencyDissolution = {
  __typename?: 'AgencyDissolution';
  agency: Agency;
  /** Indicators this agency alone owns. */
  indicatorsLosingOnlyOwner: Array<Indicator>;
  /** Tasks it leads together with another agency, which keep an owner. */
  tasksKeepingAnOwner: Array<Task>;
  /** Tasks it takes part in without leading. */
  tasksLosingAParticipant: Array<Task>;
  /** Tasks this agency alone leads. */
  tasksLosingOnlyOwner: Array<Task>;
};


/** If an agency were dissolved: what would lose its only owner, and what it merely takes part in. */
export type AgencyDissolutionIndicatorsLosingOnlyOwnerArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** If an agency were dissolved: what would lose its only owner, and what it merely takes part in. */
export type AgencyDissolutionTasksKeepingAnOwnerArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** If an agency were dissolved: what would lose its only owner, and what it merely takes part in. */
export type AgencyDissolutionTasksLosingAParticipantArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** If an agency were dissolved: what would lose its only owner, and what it merely takes part in. */
export type AgencyDissolutionTasksLosingOnlyOwnerArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

export type AgencyFilter = {
  /** Whether it leads any task or indicator. */
  hasOwnership?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<AgencyKind>;
  level?: InputMaybe<AgencyLevel>;
  /** A plan's id: agencies that lead or take part in its tasks or indicators. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Text in the name, an alias or the English name (case-insensitive substring). */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type AgencyFinalReview = {
  __typename?: 'AgencyFinalReview';
  agency: Agency;
  bindingOutcomeCounts: Array<OutcomeCount>;
  indicators: Array<FinalIndicatorReview>;
  outcomeCounts: Array<OutcomeCount>;
};


export type AgencyFinalReviewIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

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

export type AgencyPayload = {
  __typename?: 'AgencyPayload';
  agency: Agency;
  outcome: WriteOutcome;
  version: Scalars['Int']['output'];
};

/** One owning agency's indicators in the review: binding ones first. */
export type AgencyReview = {
  __typename?: 'AgencyReview';
  agency: Agency;
  bindingStatusCounts: Array<StatusCount>;
  indicators: Array<IndicatorReview>;
  statusCounts: Array<StatusCount>;
};


/** One owning agency's indicators in the review: binding ones first. */
export type AgencyReviewIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A proposed change of an indicator's target, with its reason and the decision on it. */
export type Amendment = {
  __typename?: 'Amendment';
  /** The decider's comment, where given. */
  comment?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who decided it: the audit trail's, for ANALYST and above. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The approving document's number or title, where given. */
  document?: Maybe<Scalars['String']['output']>;
  /** The first year the new target applies to (within the plan's period). */
  effectiveYear: Scalars['Int']['output'];
  /** Amendment:<plan>:<indicator code>:<n>, n counting the indicator's amendments from 1. */
  id: Scalars['ID']['output'];
  indicator: Indicator;
  proposedAt: Scalars['DateTime']['output'];
  /** Who proposed it: the audit trail's, for ANALYST and above. */
  proposedBy: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  status: AmendmentStatus;
  /** The new target, written as a plan writes it and parsed like Table 1's. */
  target: Target;
};

export type AmendmentPayload = {
  __typename?: 'AmendmentPayload';
  amendment: Amendment;
};

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

/** One year of an indicator with areas: the areas' approved figures and the city value they make. */
export type AreaYear = {
  __typename?: 'AreaYear';
  figures: Array<Measurement>;
  /** CITY when a city-wide figure was recorded, AREAS when the areas' sum makes it, null for SEPARATE. */
  from?: Maybe<Scalars['String']['output']>;
  /** Areas with no approved figure for the year. */
  missingAreas: Array<Scalars['String']['output']>;
  /** The city value: the city-wide figure if recorded, else the sum of the areas (SUM); null for SEPARATE. */
  value?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};


/** One year of an indicator with areas: the areas' approved figures and the city value they make. */
export type AreaYearFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One year of an indicator with areas: the areas' approved figures and the city value they make. */
export type AreaYearMissingAreasArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AssignIndicatorOwnerPayload = {
  __typename?: 'AssignIndicatorOwnerPayload';
  indicator: Indicator;
};

/** The value the plan reports for the end of the previous five-year period. */
export type Baseline = {
  __typename?: 'Baseline';
  provenance: Provenance;
  /** The sentence the baseline comes from, verbatim. */
  quote: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** One applied change, as the audit trail keeps it. */
export type Change = {
  __typename?: 'Change';
  action: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  /** Who made it: the token's name. */
  by: Scalars['String']['output'];
  /** The entity changed (for an edge, its source). */
  entity: Scalars['ID']['output'];
  /** Why, when an ADMIN changed what the plan says through a generic write. */
  reason?: Maybe<Scalars['String']['output']>;
  /** For an edge change, the node at the other end. */
  related?: Maybe<Scalars['ID']['output']>;
  /** Position in the change feed: gap-free, increasing in commit order. */
  seq: Scalars['Int']['output'];
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  /** The newest seq so far: a poller that has read up to it is in sync. */
  latestSeq: Scalars['Int']['output'];
  pageInfo: PageInfo;
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

export type Comparator =
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE';

/** A later plan's indicator that carries a reviewed one on: how the link stands, and the later indicator's figures. */
export type Continuation = {
  __typename?: 'Continuation';
  /** The importer's confidence in the link (0..1); null for an edge curated by hand. */
  confidence?: Maybe<Scalars['Float']['output']>;
  indicator: Indicator;
  /** The later indicator's measurements, oldest year first. */
  measurements: Array<Measurement>;
  /** CONFIRMED for an edge that exists (curated, or a proposal a planner confirmed), PROPOSED for an open proposal. */
  status: ProposalStatus;
};


/** A later plan's indicator that carries a reviewed one on: how the link stands, and the later indicator's figures. */
export type ContinuationMeasurementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A file of the seed's curation (seed/plans/<plan>/…), as YAML. */
export type CurationFile = {
  __typename?: 'CurationFile';
  content: Scalars['String']['output'];
  /** Path inside the plan's seed folder, e.g. tasks/imported.yaml. */
  path: Scalars['String']['output'];
};

export type DiagramFormat =
  | 'DOT'
  | 'MERMAID';

/** One indicator in the final review, against the target in force at the end year. */
export type FinalIndicatorReview = {
  __typename?: 'FinalIndicatorReview';
  /** Where this indicator's history carries on: the following plans' indicators that continue it (confirmed; open proposals too when asked). */
  continuation: Array<Continuation>;
  /** For growth targets: the compound annual growth (%) from the first figure to the latest. */
  growth?: Maybe<Scalars['Float']['output']>;
  indicator: Indicator;
  /** The newest approved figure at or before the end year (the baseline counts as one of its year). */
  latest?: Maybe<ReviewedValue>;
  outcome: FinalOutcome;
  /** The target in force at the end year (the plan's own unless an approved amendment replaced it). */
  target: Target;
  /** The indicator's target history: the plan's target and every amendment, oldest first. */
  targetHistory: Array<TargetHistoryEntry>;
};


/** One indicator in the final review, against the target in force at the end year. */
export type FinalIndicatorReviewContinuationArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeProposed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** One indicator in the final review, against the target in force at the end year. */
export type FinalIndicatorReviewTargetHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An indicator's outcome at the end of the plan's period. */
export type FinalOutcome =
  | 'ACHIEVED'
  | 'MISSED'
  /** Nothing approved was measured after the baseline year. */
  | 'NO_DATA';

/** The plan's final review (总结评估): every Table 1 indicator at the end year, binding misses first. */
export type FinalReview = {
  __typename?: 'FinalReview';
  /** Amendments approved for the plan's indicators, oldest effective year first. */
  amendments: Array<Amendment>;
  bindingOutcomeCounts: Array<OutcomeCount>;
  /** Per owning agency, binding misses first; indicators without an owner are not in any. */
  byAgency: Array<AgencyFinalReview>;
  /** Per goal, binding misses first. */
  byGoal: Array<GoalFinalReview>;
  endYear: Scalars['Int']['output'];
  /** Binding misses first, then other misses, then the rest; each by number. */
  indicators: Array<FinalIndicatorReview>;
  method: Scalars['String']['output'];
  outcomeCounts: Array<OutcomeCount>;
  plan: Plan;
};


/** The plan's final review (总结评估): every Table 1 indicator at the end year, binding misses first. */
export type FinalReviewAmendmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The plan's final review (总结评估): every Table 1 indicator at the end year, binding misses first. */
export type FinalReviewByAgencyArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The plan's final review (总结评估): every Table 1 indicator at the end year, binding misses first. */
export type FinalReviewByGoalArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The plan's final review (总结评估): every Table 1 indicator at the end year, binding misses first. */
export type FinalReviewIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What the plan leaves open: each gap a connection, so totalCount gives its size. */
export type Gaps = {
  __typename?: 'Gaps';
  /**
   * 约束性 indicators no agency owns but the likely-owner model makes a confident suggestion for: a separate group,
   * inferred, not the plan's word. In plan order (ord, then id).
   */
  bindingIndicatorsWithOnlyLikelyOwner: IndicatorConnection;
  /** 约束性 indicators no agency owns, in plan order (ord, then id). */
  bindingIndicatorsWithoutOwner: IndicatorConnection;
  /** Goals no indicator measures, in plan order (ord, then id). */
  goalsWithoutIndicator: GoalConnection;
  /** Indicators no task moves, in plan order (ord, then id). */
  indicatorsWithoutTask: IndicatorConnection;
  /** Laws no task rests on, ordered by id. */
  lawsWithoutTask: LawConnection;
  /** Tasks that rest on no law, regulation, standard or document, in plan order (ord, then id). */
  tasksWithoutLegalBasis: TaskConnection;
  /** Tasks no agency leads, in plan order (ord, then id). */
  tasksWithoutOwner: TaskConnection;
};


/** What the plan leaves open: each gap a connection, so totalCount gives its size. */
export type GapsBindingIndicatorsWithOnlyLikelyOwnerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What the plan leaves open: each gap a connection, so totalCount gives its size. */
export type GapsBindingIndicatorsWithoutOwnerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeLikelyOwners?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What the plan leaves open: each gap a connection, so totalCount gives its size. */
export type GapsGoalsWithoutIndicatorArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What the plan leaves open: each gap a connection, so totalCount gives its size. */
export type GapsIndicatorsWithoutTaskArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What the plan leaves open: each gap a connection, so totalCount gives its size. */
export type GapsLawsWithoutTaskArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What the plan leaves open: each gap a connection, so totalCount gives its size. */
export type GapsTasksWithoutLegalBasisArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What the plan leaves open: each gap a connection, so totalCount gives its size. */
export type GapsTasksWithoutOwnerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type Goal = Node & {
  __typename?: 'Goal';
  /** Stable code within the plan, e.g. G-SPECIFIC-3 or G-CATEGORY-2. */
  code: Scalars['String']['output'];
  /** Table 1's categories and the text's specific goals that correspond to each other (the plan words them differently). */
  correspondsTo: Array<Goal>;
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: GoalKind;
  /** Every edge of this goal with its provenance (filter by relation and direction). */
  links: Array<Link>;
  /** Indicators that measure this goal. */
  measuredBy: Array<Indicator>;
  /** Indicators that measure this goal, paged: in plan order (ord, then id). */
  measuredByConnection: IndicatorConnection;
  /** The goal's wording as the plan writes it (for a specific goal, its lead sentence). */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  plan: Plan;
  provenance: Provenance;
  /** Tasks that support this goal. */
  supportedBy: Array<Task>;
  /** Tasks that support this goal, paged: in plan order (ord, then id). */
  supportedByConnection: TaskConnection;
  /** The goal's full text, verbatim. */
  text?: Maybe<Scalars['String']['output']>;
  textEn?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};


export type GoalCorrespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GoalLinksArgs = {
  direction?: InputMaybe<LinkDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<RelationKind>;
};


export type GoalMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GoalMeasuredByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type GoalSupportedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GoalSupportedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type GoalConnection = {
  __typename?: 'GoalConnection';
  edges: Array<GoalEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GoalEdge = {
  __typename?: 'GoalEdge';
  cursor: Scalars['String']['output'];
  node: Goal;
};

export type GoalFilter = {
  /** Whether any indicator measures it. */
  hasIndicator?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<GoalKind>;
  /** A plan's id: only its goals. */
  plan?: InputMaybe<Scalars['ID']['input']>;
};

export type GoalFinalReview = {
  __typename?: 'GoalFinalReview';
  bindingOutcomeCounts: Array<OutcomeCount>;
  goal: Goal;
  indicators: Array<FinalIndicatorReview>;
  outcomeCounts: Array<OutcomeCount>;
};


export type GoalFinalReviewIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of goal: the plan's overall 2025 goal, the 2035 vision, a specific goal (具体目标), or one of Table 1's categories. */
export type GoalKind =
  | 'OVERALL'
  | 'SPECIFIC'
  | 'TABLE_CATEGORY'
  | 'VISION';

export type GoalPayload = {
  __typename?: 'GoalPayload';
  goal: Goal;
  outcome: WriteOutcome;
  version: Scalars['Int']['output'];
};

/** One goal's indicators in the review: binding ones first. */
export type GoalReview = {
  __typename?: 'GoalReview';
  bindingStatusCounts: Array<StatusCount>;
  goal: Goal;
  indicators: Array<IndicatorReview>;
  statusCounts: Array<StatusCount>;
};


/** One goal's indicators in the review: binding ones first. */
export type GoalReviewIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Impact = {
  __typename?: 'Impact';
  affected: Array<ImpactedNode>;
  source: Node;
  summary: ImpactSummary;
};


export type ImpactAffectedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What an impact touches, counted. */
export type ImpactSummary = {
  __typename?: 'ImpactSummary';
  /** 约束性 indicators touched. */
  bindingIndicators: Scalars['Int']['output'];
  byKind: Array<KindCount>;
  total: Scalars['Int']['output'];
};

export type ImpactedNode = {
  __typename?: 'ImpactedNode';
  /** True when the path goes through a sub-task (a PART_OF step): the source covers this node by the roll-up rule (seed/README.md) rather than saying it itself. */
  derived: Scalars['Boolean']['output'];
  /** Steps from the source along the walked edges (1 = a direct neighbour). */
  distance: Scalars['Int']['output'];
  node: Node;
  /** A shortest path: the source first, this node last (length = distance + 1). */
  path: Array<Node>;
  /** The verbatim quote of each step's edge, in order (length = distance): what the plan says of that step; null for an edge written through the API. */
  quotes: Array<Maybe<Scalars['String']['output']>>;
  /** The relation of each step of the path, in order (length = distance): why the node is reached. */
  via: Array<RelationKind>;
};

/** What an import stored (counted by the statements that stored it). */
export type ImportGraphPayload = {
  __typename?: 'ImportGraphPayload';
  /** Nodes new to the database; the rest replaced stored ones. */
  created?: Maybe<Scalars['Int']['output']>;
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
  updated?: Maybe<Scalars['Int']['output']>;
};

export type ImportMeasurementsPayload = {
  __typename?: 'ImportMeasurementsPayload';
  /** Rows recorded (new indicator-years). */
  created: Scalars['Int']['output'];
  /** Rows that replaced an existing indicator-year value. */
  replaced: Scalars['Int']['output'];
};

/** An indicator as the import read it: a row of the plan's indicator table (or list), or a target its text sets. */
export type ImportedIndicator = {
  __typename?: 'ImportedIndicator';
  attribute?: Maybe<IndicatorAttribute>;
  category?: Maybe<Scalars['String']['output']>;
  /** The table's number, or T1, T2… for a target set in the text. */
  code: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The row or sentence, verbatim. */
  quote: Scalars['String']['output'];
  source: IndicatorSource;
  /** The target as written (raw) and parsed. */
  target: Target;
};

/** One end of a proposed edge: the node's id, its kind and its name. */
export type ImportedNodeRef = {
  __typename?: 'ImportedNodeRef';
  /** Its code (a task's, an indicator's) where it has one. */
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Task, Indicator, Goal, Agency, Law or Plan. */
  label: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** An edge the import would propose, not assert: a planner confirms or rejects it after the import. */
export type ImportedProposal = {
  __typename?: 'ImportedProposal';
  /** 0..1. */
  confidence: Scalars['Float']['output'];
  evidence: Scalars['String']['output'];
  from: ImportedNodeRef;
  /** The sentence it rests on, verbatim. */
  quote: Scalars['String']['output'];
  relation: ProposedRelation;
  to: ImportedNodeRef;
};

/** One unit of the plan's structure as the import read it: a chapter, section, subsection, item or box. */
export type ImportedTask = {
  __typename?: 'ImportedTask';
  code: Scalars['String']['output'];
  level: TaskLevel;
  /** 1-based line in the text read from the file. */
  line: Scalars['Int']['output'];
  /** The heading without its numbering, verbatim. */
  name: Scalars['String']['output'];
  /** The code of the unit it stands under; null for a top-level unit. */
  parentCode?: Maybe<Scalars['String']['output']>;
};

export type Indicator = Node & {
  __typename?: 'Indicator';
  /** Indicators of a plan at another level of the same period it matches (a city's and its province's). */
  alignsWith: Array<Indicator>;
  /** How area figures make the city value; null without areas. */
  areaRollUp?: Maybe<AreaRollUp>;
  /** Per year with an approved area figure: the areas' figures and the city value they make. */
  areaYears: Array<AreaYear>;
  /** The areas figures can be recorded for (empty: city-wide figures only). */
  areas: Array<Scalars['String']['output']>;
  /** Table 1's 指标属性; null for a text target, which the plan does not classify. */
  attribute?: Maybe<IndicatorAttribute>;
  baseline?: Maybe<Baseline>;
  /** The Table 1 category (类别) as the plan words it; for a text target, the category it fits. */
  category?: Maybe<Scalars['String']['output']>;
  categoryEn?: Maybe<Scalars['String']['output']>;
  /** Stable code within the plan: the Table 1 number (1-47), or T1, T2 … for text targets. */
  code: Scalars['String']['output'];
  /** Indicators of later plans that carry this one on. */
  continuedBy: Array<Indicator>;
  /** Indicators of the plan this one's plan follows that it carries on (14th → 15th): confirmed edges, and proposed ones when asked. */
  continues: Array<Indicator>;
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Why the model makes no suggestion although it has candidates ("no confident suggestion: …"), or null. */
  likelyOwnerAbstention?: Maybe<Scalars['String']['output']>;
  /**
   * Likely owners, by rule then confidence: inferred from the graph by the likely-owner model (docs/ownership.md), never
   * the plan's word (that is ownedBy). Empty when the model has no evidence or abstains (likelyOwnerAbstention).
   */
  likelyOwners: Array<LikelyOwner>;
  /** Every edge of this indicator with its provenance (filter by relation and direction). */
  links: Array<Link>;
  /** Values that later recordings replaced, newest replacement first. */
  measurementRevisions: Array<MeasurementRevision>;
  /** Measurements recorded for this indicator, oldest year first. */
  measurements: Array<Measurement>;
  /** Goals this indicator measures: its Table 1 category and the text's specific goal(s). */
  measures: Array<Goal>;
  /** Tasks whose work moves this indicator. */
  movedBy: Array<Task>;
  /** The indicator as the plan words it. */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The row number in Table 1; null for an indicator the text sets outside the table. */
  number?: Maybe<Scalars['Int']['output']>;
  /** Agencies the plan names as responsible for it; empty when the plan names none. */
  ownedBy: Array<Agency>;
  plan: Plan;
  provenance: Provenance;
  source: IndicatorSource;
  target: Target;
  /** The plan's target and every amendment proposed for it, oldest first. */
  targetHistory: Array<TargetHistoryEntry>;
  /**
   * The target in force in a year: the approved amendment with the latest effective year at or before it
   * (the later decision where two share a year), else the plan's own. Without asOf, the plan's end year.
   */
  targetInForce: Target;
  version: Scalars['Int']['output'];
};


export type IndicatorAlignsWithArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeProposed?: InputMaybe<Scalars['Boolean']['input']>;
};


export type IndicatorAreaYearsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndicatorAreasArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndicatorContinuedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeProposed?: InputMaybe<Scalars['Boolean']['input']>;
};


export type IndicatorContinuesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeProposed?: InputMaybe<Scalars['Boolean']['input']>;
};


export type IndicatorLikelyOwnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndicatorLinksArgs = {
  direction?: InputMaybe<LinkDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<RelationKind>;
};


export type IndicatorMeasurementRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndicatorMeasurementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndicatorMeasuresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndicatorMovedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndicatorOwnedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndicatorTargetHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndicatorTargetInForceArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
};

export type IndicatorAreasPayload = {
  __typename?: 'IndicatorAreasPayload';
  indicator: Indicator;
};

/** The plan's own classification of an indicator: 约束性 (binding) or 预期性 (expected). */
export type IndicatorAttribute =
  /** 约束性: constrained, binding. */
  | 'BINDING'
  /** 预期性: expected, anticipatory. */
  | 'EXPECTED';

export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  edges: Array<IndicatorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An indicator a task covers: moved by the task itself, or derived from the sub-tasks that move it. */
export type IndicatorCoverage = {
  __typename?: 'IndicatorCoverage';
  /** True when the task does not move it itself: coverage rolled up from its sub-tasks (see seed/README.md). */
  derived: Scalars['Boolean']['output'];
  indicator: Indicator;
  /** The tasks (this one or its sub-tasks) whose MOVES edge the coverage rests on, in plan order. */
  movedBy: Array<Task>;
};


/** An indicator a task covers: moved by the task itself, or derived from the sub-tasks that move it. */
export type IndicatorCoverageMovedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  cursor: Scalars['String']['output'];
  node: Indicator;
};

/** Indicator filters; every field given is ANDed. */
export type IndicatorFilter = {
  attribute?: InputMaybe<IndicatorAttribute>;
  category?: InputMaybe<Scalars['String']['input']>;
  /** Whether the indicator has evidence that can make a likely owner (a remit, a task lead in words, a body answering for its plan); the model may still abstain on a tie. */
  hasLikelyOwner?: InputMaybe<Scalars['Boolean']['input']>;
  hasOwner?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether any task moves it. */
  hasTask?: InputMaybe<Scalars['Boolean']['input']>;
  /** A goal's id: indicators that measure it. */
  measures?: InputMaybe<Scalars['ID']['input']>;
  number?: InputMaybe<Scalars['Int']['input']>;
  /** An agency's id: indicators it owns. */
  ownedBy?: InputMaybe<Scalars['ID']['input']>;
  /** A plan's id: only its indicators. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Which sources to include; Table 1 only unless asked. */
  source?: InputMaybe<Array<IndicatorSource>>;
  /** Text in the indicator's name or English name (case-insensitive substring). */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type IndicatorOwnerPayload = {
  __typename?: 'IndicatorOwnerPayload';
  indicator: Indicator;
};

export type IndicatorPayload = {
  __typename?: 'IndicatorPayload';
  indicator: Indicator;
  outcome: WriteOutcome;
  version: Scalars['Int']['output'];
};

export type IndicatorReview = {
  __typename?: 'IndicatorReview';
  /** Where this indicator's history carries on: the following plans' indicators that continue it (confirmed; open proposals too when asked). */
  continuation: Array<Continuation>;
  /** The value expected by asOf on a straight path from the baseline to the target. */
  expected?: Maybe<Scalars['Float']['output']>;
  indicator: Indicator;
  /** The newest measurement at or before asOf (the baseline counts as one of its year). */
  latest?: Maybe<ReviewedValue>;
  status: ReviewStatus;
  /** The target the row is judged against: the target in force as of the review's year. */
  target: Target;
};


export type IndicatorReviewContinuationArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeProposed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Where an indicator comes from: Table 1, or a quantified target the text sets elsewhere. */
export type IndicatorSource =
  /** Created through the API by another system. */
  | 'API'
  | 'TABLE'
  | 'TEXT';

/** A place plans and agencies belong to. */
export type Jurisdiction = {
  __typename?: 'Jurisdiction';
  /** Stable key agency ids of the place carry (lps: Agency:lps-amr; others Agency:<key>-amr). */
  key: Scalars['String']['output'];
  level: JurisdictionLevel;
  name: Scalars['String']['output'];
  /** The place it lies in (贵州省 for 六盘水市), where known. */
  parent?: Maybe<Scalars['String']['output']>;
};

export type JurisdictionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
};

export type Law = Node & {
  __typename?: 'Law';
  /** Other names the plan uses for it. */
  aliases: Array<Scalars['String']['output']>;
  /** Tasks that rest on it. */
  basisOf: Array<Task>;
  /** Tasks that rest on it, paged: in plan order (ord, then id). */
  basisOfConnection: TaskConnection;
  /** A document number or standard code (六盘水府办函〔2019〕61号, GB/T 19022-2003), where it has one. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: LawKind;
  /** Every edge of this law with its provenance (filter by relation and direction). */
  links: Array<Link>;
  /** The document's name as the plan writes it (its fullest form). */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  provenance?: Maybe<Provenance>;
  version: Scalars['Int']['output'];
};


export type LawAliasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type LawBasisOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type LawBasisOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type LawLinksArgs = {
  direction?: InputMaybe<LinkDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<RelationKind>;
};

/** If a law were amended: the tasks resting on it and the agencies that must act. */
export type LawAmendment = {
  __typename?: 'LawAmendment';
  /** Indicators those tasks move. */
  indicators: Array<Indicator>;
  law: Law;
  /** Agencies leading those tasks. */
  leadAgencies: Array<Agency>;
  /** Agencies taking part in those tasks. */
  participatingAgencies: Array<Agency>;
  /** Tasks resting on the law, with their sub-tasks. */
  tasks: Array<Task>;
};


/** If a law were amended: the tasks resting on it and the agencies that must act. */
export type LawAmendmentIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** If a law were amended: the tasks resting on it and the agencies that must act. */
export type LawAmendmentLeadAgenciesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** If a law were amended: the tasks resting on it and the agencies that must act. */
export type LawAmendmentParticipatingAgenciesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** If a law were amended: the tasks resting on it and the agencies that must act. */
export type LawAmendmentTasksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LawConnection = {
  __typename?: 'LawConnection';
  edges: Array<LawEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LawEdge = {
  __typename?: 'LawEdge';
  cursor: Scalars['String']['output'];
  node: Law;
};

export type LawFilter = {
  /** Whether any task rests on it. */
  hasTask?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<LawKind>;
  /** Text in the name, an alias, the English name or the document number (case-insensitive substring). */
  text?: InputMaybe<Scalars['String']['input']>;
};

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

export type LawPayload = {
  __typename?: 'LawPayload';
  law: Law;
  outcome: WriteOutcome;
  version: Scalars['Int']['output'];
};

/**
 * An agency the graph suggests could own an indicator: an inference, kept apart from the plan's own word
 * (Indicator.ownedBy). See docs/ownership.md.
 */
export type LikelyOwner = {
  __typename?: 'LikelyOwner';
  agency: Agency;
  /** 0-1: the evidence combined (1 - product of (1 - weight)); a ranking aid, not a probability the plan states. */
  confidence: Scalars['Float']['output'];
  /** Every piece of evidence, strongest first. */
  evidence: Array<LikelyOwnerEvidence>;
  /** How the graph connects the indicator to the agency (the strongest evidence's path). */
  path: Array<Node>;
  /** The verbatim sentences that make it likely: the strongest evidence's first, each once. */
  quotes: Array<Scalars['String']['output']>;
  /** One sentence: the rule, and how a tie with another body was broken. */
  reason: Scalars['String']['output'];
  /** The rule that made it a suggestion. */
  rule: LikelyOwnerRule;
};


/**
 * An agency the graph suggests could own an indicator: an inference, kept apart from the plan's own word
 * (Indicator.ownedBy). See docs/ownership.md.
 */
export type LikelyOwnerEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One piece of evidence for a likely owner: how the graph connects them and the sentences on the way. */
export type LikelyOwnerEvidence = {
  __typename?: 'LikelyOwnerEvidence';
  kind: LikelyOwnerEvidenceKind;
  /** From the indicator to the agency: the indicator, the task that moves it (for task evidence), the agency. */
  path: Array<Node>;
  /** The verbatim quote of each edge on the path, in order. */
  quotes: Array<Scalars['String']['output']>;
  /** This evidence's own weight (0-1); a likely owner's confidence combines its evidence. */
  weight: Scalars['Float']['output'];
};

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

/** One edge seen from a node: what it joins, and the evidence for it. */
export type Link = {
  __typename?: 'Link';
  assignedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who wrote it, for an edge written through the API. */
  assignedBy?: Maybe<Scalars['String']['output']>;
  direction: LinkDirection;
  /** The node at the other end. */
  node: Node;
  origin: LinkOrigin;
  /** The section path and verbatim sentence the edge rests on; null for an edge written through the API. */
  provenance?: Maybe<Provenance>;
  relation: RelationKind;
};

export type LinkDirection =
  /** From the other node to this one (that task SUPPORTS this goal). */
  | 'IN'
  /** From this node to the other (this task SUPPORTS that goal). */
  | 'OUT';

/** An edge to add or remove. */
export type LinkInput = {
  /** The version of `from` you read; required, refused with CONFLICT when stale (edges belong to their source). */
  expectedVersion: Scalars['Int']['input'];
  from: Scalars['ID']['input'];
  /** The sentence the edge rests on, verbatim from the plan, where there is one. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Why: required when an ADMIN changes what the plan says (see docs/security.md, Who may change what); kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  relation: RelationKind;
  sectionPath?: InputMaybe<Array<Scalars['String']['input']>>;
  to: Scalars['ID']['input'];
};

/** Where an edge comes from. */
export type LinkOrigin =
  /** Written through the API (e.g. assignIndicatorOwner). */
  | 'API'
  /** Curated by judgment from the text, with the sentence it rests on. */
  | 'CURATED'
  /** Parsed from the plan's text (its structure, Table 1, a 《》 citation). */
  | 'PARSED';

export type LinkPayload = {
  __typename?: 'LinkPayload';
  from: Node;
  outcome: WriteOutcome;
  to: Node;
  /** The source's version after the write. */
  version: Scalars['Int']['output'];
};

export type Measurement = {
  __typename?: 'Measurement';
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved it (for a PLANNER's own recording, that planner; ANALYST and above may read it) and when. */
  approvedBy?: Maybe<Scalars['String']['output']>;
  /** The area the figure is for; null for a city-wide figure. */
  area?: Maybe<Scalars['String']['output']>;
  checksum?: Maybe<Scalars['String']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  evidence?: Maybe<Scalars['String']['output']>;
  /** Measurement:<indicator id>@<year>[@<area>]: what approveMeasurement and returnMeasurement take. */
  id: Scalars['ID']['output'];
  indicator: Indicator;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  returnedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who returned it (ANALYST and above may read it), when, and why. */
  returnedBy?: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  status: MeasurementStatus;
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type MeasurementPayload = {
  __typename?: 'MeasurementPayload';
  measurement: Measurement;
};

/** A value that was replaced by a later recording of the same indicator and year. */
export type MeasurementRevision = {
  __typename?: 'MeasurementRevision';
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  replacedAt: Scalars['DateTime']['output'];
  replacedBy: Scalars['String']['output'];
  source: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** Where a figure stands in its workflow. */
export type MeasurementStatus =
  /** Counted by the review: recorded by a PLANNER or ADMIN, or a submission they approved. */
  | 'APPROVED'
  /** Sent back by a PLANNER or ADMIN with a comment; not counted. */
  | 'RETURNED'
  /** Sent by an INTEGRATOR; not counted by the review until approved. */
  | 'SUBMITTED';

export type MidTermReview = {
  __typename?: 'MidTermReview';
  asOf: Scalars['Int']['output'];
  bindingStatusCounts: Array<StatusCount>;
  /** Per owning agency, binding indicators first; indicators without an owner are not in any. */
  byAgency: Array<AgencyReview>;
  /** Per goal (specific goals and Table 1 categories), binding indicators first. */
  byGoal: Array<GoalReview>;
  /**
   * Indicators without an explicit owner, grouped under the likely-owner model's top suggestion (Indicator.likelyOwners;
   * an indicator the model abstains on is under no one): a separate, inferred roll-up; byAgency stays the plan's own owners.
   */
  byLikelyOwner: Array<AgencyReview>;
  /** One row per Table 1 indicator, in number order. */
  indicators: Array<IndicatorReview>;
  /** How the method judges (see docs/reviews.md: Method of the review). */
  method: Scalars['String']['output'];
  statusCounts: Array<StatusCount>;
};


export type MidTermReviewByAgencyArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MidTermReviewByGoalArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MidTermReviewByLikelyOwnerArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MidTermReviewIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** No-op: a write the schema always has, so domains can extend Mutation. */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /** Approve a SUBMITTED figure. Needs PLANNER or ADMIN (not INTEGRATOR, who submits). Audited. */
  approveMeasurement: MeasurementPayload;
  /**
   * Make an agency an owner of an indicator. Needs PLANNER or above. With fromSuggestion, the agency must be one of
   * the indicator's likely owners (Indicator.likelyOwners) as the server ranks them now, else BAD_USER_INPUT; the audit
   * entry's `after` then says origin SUGGESTION with that suggestion's rank, confidence and evidence (kinds, quotes).
   * Without it the entry says origin MANUAL: the planner named the agency.
   */
  assignIndicatorOwner: AssignIndicatorOwnerPayload;
  /** Make an agency the (or a) lead of a task. Needs PLANNER or above. */
  assignTaskOwner: TaskOwnerPayload;
  /** Confirms a proposed edge: the edge is created (origin CURATED, with the proposal's quote) and the change audited. PLANNER or above. */
  confirmLink: ProposalPayload;
  /** Approve or reject a proposed amendment. Needs ADMIN, and someone other than its proposer. Audited. */
  decideAmendment: AmendmentPayload;
  /**
   * Read an export document back: same ids, properties and edges. All or nothing: checked whole first (labels, ids,
   * edge endpoints, PART_OF cycles, duplicates), every offence named; IMPORT_TIMEOUT past IMPORT_TIMEOUT_MS. Needs
   * ADMIN, and a reason when it changes what the plan says.
   */
  importGraph: ImportGraphPayload;
  /**
   * Record many measurements from CSV text (header: indicator,year,value,source; indicator is an id or a
   * Table 1 number). Every row is validated first; one bad row refuses the whole file (BAD_USER_INPUT with
   * extensions.rows naming each bad line) and nothing is stored. Needs PLANNER or above.
   */
  importMeasurementsCsv: ImportMeasurementsPayload;
  /** Imports a plan's file as previewed, all or nothing, audited. Refused with PREVIEW_STALE when the file or the database changed since the preview (a different digest). PLANNER or above. */
  importPlanFile: PlanImportResult;
  /** Add an edge (ownedBy, involves, basedOn, supports, measures, moves, partOf …). Needs INTEGRATOR or above. */
  link: LinkPayload;
  /** Reads a plan's file and shows what importing it would do; writes nothing. PLANNER or above. The importer's refusals keep their codes (IMPORT_REFUSED, …). */
  previewPlanImport: PlanImportPreview;
  /** Propose a new target for an indicator. Needs PLANNER or above. Audited. */
  proposeAmendment: AmendmentPayload;
  /** Record an indicator's value for a year (replaces that year's value). Needs PLANNER or above. */
  recordMeasurement: RecordMeasurementPayload;
  /** Rejects a proposed edge (removing it if it had been confirmed); a re-import does not propose it again. Audited. PLANNER or above. */
  rejectLink: ProposalPayload;
  /** Remove an agency as an owner of an indicator. Needs PLANNER or above. */
  removeIndicatorOwner: IndicatorOwnerPayload;
  /** Remove an agency as a lead of a task. Needs PLANNER or above. */
  removeTaskOwner: TaskOwnerPayload;
  /** Send a SUBMITTED figure back with a comment (required). Needs PLANNER or ADMIN. Audited. */
  returnMeasurement: MeasurementPayload;
  /** Set the areas an indicator's figures may be recorded for, and how they roll up. Needs PLANNER or above. Audited. */
  setIndicatorAreas: IndicatorAreasPayload;
  /** Remove an edge. Needs INTEGRATOR or above. */
  unlink: LinkPayload;
  /** Create or update an agency. Needs INTEGRATOR or above. */
  upsertAgency: AgencyPayload;
  upsertGoal: GoalPayload;
  upsertIndicator: IndicatorPayload;
  upsertLaw: LawPayload;
  upsertTask: TaskPayload;
};


export type MutationApproveMeasurementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignIndicatorOwnerArgs = {
  agency: Scalars['ID']['input'];
  fromSuggestion?: InputMaybe<Scalars['Boolean']['input']>;
  indicator: Scalars['ID']['input'];
};


export type MutationAssignTaskOwnerArgs = {
  agency: Scalars['ID']['input'];
  task: Scalars['ID']['input'];
};


export type MutationConfirmLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDecideAmendmentArgs = {
  approve: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationImportGraphArgs = {
  document: Scalars['JSON']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationImportMeasurementsCsvArgs = {
  csv: Scalars['String']['input'];
};


export type MutationImportPlanFileArgs = {
  input: PlanFileInput;
  previewDigest: Scalars['String']['input'];
};


export type MutationLinkArgs = {
  input: LinkInput;
};


export type MutationPreviewPlanImportArgs = {
  input: PlanFileInput;
};


export type MutationProposeAmendmentArgs = {
  input: ProposeAmendmentInput;
};


export type MutationRecordMeasurementArgs = {
  input: RecordMeasurementInput;
};


export type MutationRejectLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveIndicatorOwnerArgs = {
  agency: Scalars['ID']['input'];
  indicator: Scalars['ID']['input'];
};


export type MutationRemoveTaskOwnerArgs = {
  agency: Scalars['ID']['input'];
  task: Scalars['ID']['input'];
};


export type MutationReturnMeasurementArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetIndicatorAreasArgs = {
  input: SetIndicatorAreasInput;
};


export type MutationUnlinkArgs = {
  input: LinkInput;
};


export type MutationUpsertAgencyArgs = {
  input: UpsertAgencyInput;
};


export type MutationUpsertGoalArgs = {
  input: UpsertGoalInput;
};


export type MutationUpsertIndicatorArgs = {
  input: UpsertIndicatorInput;
};


export type MutationUpsertLawArgs = {
  input: UpsertLawInput;
};


export type MutationUpsertTaskArgs = {
  input: UpsertTaskInput;
};

/** Every entity of the graph has a stable, globally unique id of the form `Kind:key`. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type OutcomeCount = {
  __typename?: 'OutcomeCount';
  count: Scalars['Int']['output'];
  outcome: FinalOutcome;
};

/** The things an agency can own. */
export type Ownable = Indicator | Task;

/**
 * Relay paging information. Every connection has a total order (its sort values, then the node's id; a missing
 * value sorts last), so paging forwards with first/after (or backwards with last/before) from any cursor returns
 * every node exactly once, and totalCount is the number of nodes paging returns. first and last default to 50
 * (the change feed: 100) and may be at most the API's page cap; pass one of them, not both.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Paging forwards: whether nodes follow this page. Paging backwards: whether `before` was given. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Paging backwards: whether nodes precede this page. Paging forwards: whether `after` was given. */
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A five-year plan: the document the rest of the graph is drawn from, or one it says it follows. */
export type Plan = Node & {
  __typename?: 'Plan';
  /** Plans this one says it is drawn up according to (根据…). */
  follows: Array<Plan>;
  id: Scalars['ID']['output'];
  issuer?: Maybe<Scalars['String']['output']>;
  issuerEn?: Maybe<Scalars['String']['output']>;
  /** The place the plan is of: its text's bare agency names (市市场监管局) are that place's bodies. Null for a plan only followed. */
  jurisdiction?: Maybe<Jurisdiction>;
  /** Every edge of this plan with its provenance (filter by relation and direction). */
  links: Array<Link>;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  periodEnd?: Maybe<Scalars['Int']['output']>;
  periodStart?: Maybe<Scalars['Int']['output']>;
  provenance?: Maybe<Provenance>;
  /** The date the plan was published (YYYY-MM-DD), where known. */
  publishedOn?: Maybe<Scalars['String']['output']>;
};


/** A five-year plan: the document the rest of the graph is drawn from, or one it says it follows. */
export type PlanFollowsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A five-year plan: the document the rest of the graph is drawn from, or one it says it follows. */
export type PlanLinksArgs = {
  direction?: InputMaybe<LinkDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<RelationKind>;
};

/** How a plan's file was read (told by its bytes, else its name). */
export type PlanFileFormat =
  | 'DOCX'
  /** A saved web page. */
  | 'HTML'
  /** A PDF with a text layer. */
  | 'PDF'
  | 'TEXT';

/** A plan's file as a planner uploads it: its name (the extension says how to read it) and its bytes in base64. */
export type PlanFileInput = {
  /** The file's bytes, base64-encoded (within the writers' body limit, MAX_BODY_WRITE, and MAX_PLAN_FILE once decoded). */
  contentBase64: Scalars['String']['input'];
  /** The file's name as uploaded, e.g. 桐梓县十五五市场监管规划.docx. Its kind is told by its bytes, else this name: text, a saved web page, .docx or a PDF with text. */
  fileName: Scalars['String']['input'];
  /** The plan's place when its text does not say it plainly: 贵州省/遵义市/桐梓县. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** The key the plan is stored under: lowercase letters, digits and dashes (tz-msm-15). */
  key: Scalars['String']['input'];
};

/** How much the import found, and how much it would write. */
export type PlanImportCounts = {
  __typename?: 'PlanImportCounts';
  agencies: Scalars['Int']['output'];
  citations: Scalars['Int']['output'];
  edges: Scalars['Int']['output'];
  goals: Scalars['Int']['output'];
  indicators: Scalars['Int']['output'];
  laws: Scalars['Int']['output'];
  newAgencies: Scalars['Int']['output'];
  newLaws: Scalars['Int']['output'];
  /** Nodes and parsed edges the import writes (proposals apart). */
  nodes: Scalars['Int']['output'];
  proposals: Scalars['Int']['output'];
  skippedLines: Scalars['Int']['output'];
  tableIndicators: Scalars['Int']['output'];
  tasks: Scalars['Int']['output'];
  textIndicators: Scalars['Int']['output'];
};

/** What importing a plan's file would do, computed without writing anything. */
export type PlanImportPreview = {
  __typename?: 'PlanImportPreview';
  counts: PlanImportCounts;
  /** SHA-256 of what the import would write and of the plan stored under the key now: importPlanFile refuses PREVIEW_STALE when it differs. */
  digest: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  format: PlanFileFormat;
  indicators: Array<ImportedIndicator>;
  /** The plan's place: its bare agency names (市市场监管局) are that place's bodies. */
  jurisdiction: Jurisdiction;
  key: Scalars['String']['output'];
  /** The numbering styles found, outermost first (第一章, 一、, （一）, 1.…). */
  numbering: Array<Scalars['String']['output']>;
  period?: Maybe<PlanPeriod>;
  /** Edges proposed, most confident first. */
  proposals: Array<ImportedProposal>;
  /** True when a plan imported before is stored under this key: confirming replaces it. */
  replaces: Scalars['Boolean']['output'];
  /** Lines left out of the plan, with the reason for each. */
  skipped: Array<SkippedLine>;
  /** The structure, in document order. */
  tasks: Array<ImportedTask>;
  title: Scalars['String']['output'];
  /** What a planner should look at before confirming (a skipped numbered heading, many skipped lines, text lost in reading the file). */
  warnings: Array<Scalars['String']['output']>;
};


/** What importing a plan's file would do, computed without writing anything. */
export type PlanImportPreviewIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What importing a plan's file would do, computed without writing anything. */
export type PlanImportPreviewProposalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What importing a plan's file would do, computed without writing anything. */
export type PlanImportPreviewSkippedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What importing a plan's file would do, computed without writing anything. */
export type PlanImportPreviewTasksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What importing a plan's file would do, computed without writing anything. */
export type PlanImportPreviewWarningsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What importPlanFile stored. */
export type PlanImportResult = {
  __typename?: 'PlanImportResult';
  counts: PlanImportCounts;
  digest: Scalars['String']['output'];
  plan: Plan;
  proposalsAlreadyJudged: Scalars['Int']['output'];
  /** Proposals stored; judged ones (confirmed or rejected before) are left as they were. */
  proposalsStored: Scalars['Int']['output'];
};

/** The plan's period as the import read it. */
export type PlanPeriod = {
  __typename?: 'PlanPeriod';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** How a warning projects an indicator to its target year. */
export type ProjectionMethod =
  /** Annual targets: the latest year's amount, which the target asks for every year. */
  | 'ANNUAL_AMOUNT'
  /** Growth targets: the compound annual growth from the first to the latest figure, carried to the target year. */
  | 'COMPOUND_GROWTH'
  /** Levels and rates: the least-squares line through the approved figures (and the baseline), read at the target year. */
  | 'LINEAR';

/** An edge the importer proposes from the text, with how sure it is and the sentence it rests on. */
export type Proposal = {
  __typename?: 'Proposal';
  /** 0..1: how sure the importer is. */
  confidence: Scalars['Float']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who confirmed or rejected it, and when: the audit trail's, for ANALYST and above (UNAUTHENTICATED or FORBIDDEN otherwise). */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was proposed (shared measure words, …牵头, the table's category…). */
  evidence: Scalars['String']['output'];
  from: Node;
  /** Stable across re-imports of the same plan. */
  id: Scalars['ID']['output'];
  provenance: Provenance;
  relation: ProposedRelation;
  status: ProposalStatus;
  to: Node;
};

export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  edges: Array<ProposalEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  cursor: Scalars['String']['output'];
  node: Proposal;
};

export type ProposalPayload = {
  __typename?: 'ProposalPayload';
  /** UPDATED when the status changed, UNCHANGED when it already was so. */
  outcome: WriteOutcome;
  proposal: Proposal;
};

/** Where a proposed edge stands. */
export type ProposalStatus =
  /** Confirmed by a planner: the edge now exists (origin CURATED). */
  | 'CONFIRMED'
  /** Proposed by the importer, not yet judged; no query counts it unless asked. */
  | 'PROPOSED'
  /** Rejected by a planner: a re-import does not propose it again. */
  | 'REJECTED';

export type ProposeAmendmentInput = {
  /** The approving document's number or title. */
  document?: InputMaybe<Scalars['String']['input']>;
  effectiveYear: Scalars['Int']['input'];
  indicator: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** The new target as a plan writes it, e.g. 95%及以上, 每年40批, 年增长5%. */
  target: Scalars['String']['input'];
};

/** The kinds of edge an import proposes rather than asserts. */
export type ProposedRelation =
  | 'ALIGNS_WITH'
  | 'CONTINUES'
  | 'INVOLVES'
  | 'MEASURES'
  | 'MOVES'
  | 'OWNED_BY'
  | 'SUPPORTS';

/** Where in the plan a node or edge comes from, and the exact sentence it rests on. */
export type Provenance = {
  __typename?: 'Provenance';
  /** The sentence (or table row) of the plan this rests on, verbatim from the source text. */
  quote: Scalars['String']['output'];
  /** Chapter / section / subsection / 专栏 headings, outermost first, verbatim. */
  sectionPath: Array<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Agencies ordered by id. */
  agencies: AgencyConnection;
  /** The change feed other systems poll: every applied change in commit order (by seq), gap-free. `since` is a seq: changes after it. Paging backwards (last/before) reads the newest first pages. */
  changes: ChangeConnection;
  /** A plan's confirmed edges as the seed's curation YAML (tasks/imported.yaml, indicators.yaml), so a curated plan becomes seed data. */
  curationExport: Array<CurationFile>;
  /** The whole graph, or one plan's part of it with the shared agencies and laws it uses, as a JSON document importGraph reads back. Needs ADMIN. */
  exportGraph: Scalars['JSON']['output'];
  /** The final review of a plan (a Plan id) at its period's end year, from approved figures. */
  finalReview: FinalReview;
  /** The plan's gaps, for analysts. */
  gaps: Gaps;
  /** Goals in plan order (overall, vision, specific goals, then Table 1 categories): ordered by ord (missing last), then id. */
  goals: GoalConnection;
  /** An entity's changes, oldest first (by seq). */
  history: ChangeConnection;
  /** Everything a change to one node reaches along the plan's meaningful directions (see docs/reviews.md: Impact). */
  impact: Impact;
  /** The impact as a diagram (Mermaid flowchart or Graphviz DOT), ready to render. */
  impactDiagram: Scalars['String']['output'];
  /** Indicators in plan order (Table 1 by number, then text targets): ordered by ord (missing last), then id. */
  indicators: IndicatorConnection;
  /** Laws ordered by id. */
  laws: LawConnection;
  /**
   * Where every Table 1 indicator stands as of a year: of one plan (a Plan id), or of every imported plan.
   * Approved figures only, unless includeSubmitted (then SUBMITTED figures count too).
   */
  midTermReview: MidTermReview;
  /** Any entity by its id; null when no entity has it. A malformed id is BAD_USER_INPUT. */
  node?: Maybe<Node>;
  /** Several entities by id, in the order asked; null for an id no entity has. */
  nodes: Array<Maybe<Node>>;
  /** The plans in the graph, the imported ones first. */
  plans: Array<Plan>;
  /** A plan's proposed edges, most confident first (a missing confidence last), then by id; only PROPOSED ones unless `status` says otherwise. */
  proposals: ProposalConnection;
  /** Search over numbers, codes, names, English names, aliases and provenance text, Chinese (segmented into words) and English: exact matches first, then word matches, then character-pair fragments. */
  search: Array<SearchHit>;
  /** Figures waiting for a decision (SUBMITTED), oldest first; of one indicator when given. Needs PLANNER or above. */
  submittedMeasurements: Array<Measurement>;
  /** Tasks in plan order: ordered by ord (missing last), then id. */
  tasks: TaskConnection;
  /** The caller its Authorization header names; null without one (UNAUTHENTICATED for an unknown token). */
  viewer?: Maybe<Viewer>;
  /**
   * Indicators projected from their approved figures up to asOf to miss the target in force, binding first,
   * then by plan and number: of one plan (a Plan id), or of every imported plan. An indicator needs two
   * figures (the baseline counts) for a trend, one for an annual target; fewer, and it is not projected.
   */
  warnings: Array<Warning>;
  /** What-if: the agency is dissolved. Changes nothing. */
  whatIfAgencyDissolved: AgencyDissolution;
  /** What-if: the law is amended. Changes nothing. */
  whatIfLawAmended: LawAmendment;
  /** What-if: the task and its sub-tasks are dropped. Changes nothing. */
  whatIfTaskDropped: TaskDrop;
};


export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCurationExportArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  plan: Scalars['ID']['input'];
};


export type QueryExportGraphArgs = {
  plan?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFinalReviewArgs = {
  plan: Scalars['ID']['input'];
};


export type QueryGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GoalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  of: Scalars['ID']['input'];
};


export type QueryImpactArgs = {
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  of: Scalars['ID']['input'];
};


export type QueryImpactDiagramArgs = {
  format?: InputMaybe<DiagramFormat>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  of: Scalars['ID']['input'];
};


export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLawsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LawFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMidTermReviewArgs = {
  asOf: Scalars['Int']['input'];
  includeSubmitted?: InputMaybe<Scalars['Boolean']['input']>;
  plan?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPlansArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  plan: Scalars['ID']['input'];
  relation?: InputMaybe<ProposedRelation>;
  status?: InputMaybe<Array<ProposalStatus>>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySubmittedMeasurementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  indicator?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWarningsArgs = {
  asOf: Scalars['Int']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  plan?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWhatIfAgencyDissolvedArgs = {
  agency: Scalars['ID']['input'];
};


export type QueryWhatIfLawAmendedArgs = {
  law: Scalars['ID']['input'];
};


export type QueryWhatIfTaskDroppedArgs = {
  task: Scalars['ID']['input'];
};

export type RecordMeasurementInput = {
  /** The area (county, district) the figure is for, one of the indicator's areas; omitted for the city-wide figure. */
  area?: InputMaybe<Scalars['String']['input']>;
  /** The SHA-256 (64 hex digits) of the evidence file; required when the URL names a file (…/report.pdf). */
  checksum?: InputMaybe<Scalars['String']['input']>;
  /** Evidence: an http(s) URL or a document number (e.g. 六盘水市市场监管局〔2023〕12号, GB/T 19022-2003). */
  evidence?: InputMaybe<Scalars['String']['input']>;
  indicator: Scalars['ID']['input'];
  /** Where the figure comes from. */
  source: Scalars['String']['input'];
  value: Scalars['Float']['input'];
  year: Scalars['Int']['input'];
};

export type RecordMeasurementPayload = {
  __typename?: 'RecordMeasurementPayload';
  measurement: Measurement;
};

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

export type ReviewedValue = {
  __typename?: 'ReviewedValue';
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** What a caller's token may do, for the console to show what its holder can use. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'INTEGRATOR'
  | 'PLANNER'
  | 'READER';

export type SearchHit = {
  __typename?: 'SearchHit';
  /** The node's kind: Goal, Task, Indicator, Agency, Law or Plan. */
  kind: Scalars['String']['output'];
  /** How it matched: EXACT (its number, code, id or whole name), WORD (the query's words), FRAGMENT (character pairs only). Hits come in this order. */
  match: SearchMatch;
  node: Node;
  /** Relevance, higher first. */
  score: Scalars['Float']['output'];
};

/** How a search hit matched its query. */
export type SearchMatch =
  | 'EXACT'
  | 'FRAGMENT'
  | 'WORD';

export type SetIndicatorAreasInput = {
  /** The areas as the plan names them (六枝特区, 盘州市, 水城县 …); an empty list removes them. */
  areas: Array<Scalars['String']['input']>;
  indicator: Scalars['ID']['input'];
  rollUp: AreaRollUp;
};

/** A line of the file the import did not read into the plan, and why. */
export type SkippedLine = {
  __typename?: 'SkippedLine';
  /** Its line in the text read from the file; null for what reading the file left out (a PDF's running header, a page number, a web page's script) and for injected junk. */
  line?: Maybe<Scalars['Int']['output']>;
  /** The PDF page it stood on. */
  page?: Maybe<Scalars['Int']['output']>;
  reason: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: ReviewStatus;
};

/** A target as the plan writes it (`raw`) and parsed. */
export type Target = {
  __typename?: 'Target';
  /** True where the plan says 力争 (strive for): aspirational wording. */
  aspirational: Scalars['Boolean']['output'];
  /** True when the figure is an upper bound to stay at or below (不高于3%, 以下, ≤). */
  ceiling: Scalars['Boolean']['output'];
  comparator?: Maybe<Comparator>;
  kind: TargetKind;
  /** For rates per population, the denominator (千人, 百万人). */
  per?: Maybe<Scalars['String']['output']>;
  /** Exactly as the plan's table (or text) writes it, e.g. 98%及以上. */
  raw: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** One target in an indicator's history: the plan's own, or an amendment (with its status, who and when). */
export type TargetHistoryEntry = {
  __typename?: 'TargetHistoryEntry';
  /** The amendment, for an AMENDMENT entry; who proposed and decided it, and when, are on it. */
  amendment?: Maybe<Amendment>;
  /** The first year it applies to: the plan's first year for the plan's own target. */
  effectiveYear: Scalars['Int']['output'];
  origin: TargetOrigin;
  /** APPROVED for the plan's own target (the plan's publication approved it). */
  status: AmendmentStatus;
  target: Target;
};

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

export type Task = Node & {
  __typename?: 'Task';
  /** Laws, regulations, standards and documents it rests on. */
  basedOn: Array<Law>;
  children: Array<Task>;
  /** Stable code from the plan's structure: 3, 3.1, 3.1.2, 3.3.1.i2, 3.1.2.m1, Z3-1-1, Z3-1-1.i2. */
  code: Scalars['String']['output'];
  /** Indicators this task or any of its sub-tasks moves, in indicator order; rolled-up ones marked derived. */
  coverage: Array<IndicatorCoverage>;
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Agencies that take part in it. */
  involves: Array<Agency>;
  level: TaskLevel;
  /** Every edge of this task with its provenance (filter by relation and direction). */
  links: Array<Link>;
  /** Indicators it moves. */
  moves: Array<Indicator>;
  /** The plan's title for it, verbatim. */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Agencies that lead it (the plan's 牵头 or plain attribution); empty when the plan names none. */
  ownedBy: Array<Agency>;
  parent?: Maybe<Task>;
  plan: Plan;
  provenance: Provenance;
  /** A short English summary of what the task does. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Goals this task supports. */
  supports: Array<Goal>;
  /** The task's own text (its paragraphs, not its children's). */
  text?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};


export type TaskBasedOnArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskCoverageArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskInvolvesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskLinksArgs = {
  direction?: InputMaybe<LinkDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<RelationKind>;
};


export type TaskMovesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskOwnedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskSupportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** If a task (and everything under it) were dropped. */
export type TaskDrop = {
  __typename?: 'TaskDrop';
  /** The task and its sub-tasks, all dropped. */
  dropped: Array<Task>;
  /** Goals no remaining task would support. */
  goalsLosingAllSupport: Array<Goal>;
  /** Goals that keep other support but lose some. */
  goalsLosingSomeSupport: Array<Goal>;
  /** Indicators no remaining task would move. */
  indicatorsLosingEveryTask: Array<Indicator>;
  task: Task;
};


/** If a task (and everything under it) were dropped. */
export type TaskDropDroppedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** If a task (and everything under it) were dropped. */
export type TaskDropGoalsLosingAllSupportArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** If a task (and everything under it) were dropped. */
export type TaskDropGoalsLosingSomeSupportArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** If a task (and everything under it) were dropped. */
export type TaskDropIndicatorsLosingEveryTaskArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

/** Task filters; every field given is ANDed. */
export type TaskFilter = {
  /** A law's id. */
  basedOn?: InputMaybe<Scalars['ID']['input']>;
  hasLaw?: InputMaybe<Scalars['Boolean']['input']>;
  hasOwner?: InputMaybe<Scalars['Boolean']['input']>;
  level?: InputMaybe<TaskLevel>;
  /** An agency's id. */
  ownedBy?: InputMaybe<Scalars['ID']['input']>;
  /** A task's id: its direct children. */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** A plan's id: only its tasks. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** A goal's id. */
  supports?: InputMaybe<Scalars['ID']['input']>;
  /** Text in the task's name, English name or summary (case-insensitive substring). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** A task's id: all tasks under it, at any depth. */
  under?: InputMaybe<Scalars['ID']['input']>;
};

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

export type TaskOwnerPayload = {
  __typename?: 'TaskOwnerPayload';
  task: Task;
};

export type TaskPayload = {
  __typename?: 'TaskPayload';
  outcome: WriteOutcome;
  task: Task;
  version: Scalars['Int']['output'];
};

/** Fields every upsert takes: which entity (id, or an external id another system keeps) and the version read. */
export type UpsertAgencyInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read; required to change an existing entity, refused with CONFLICT when stale. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The id another system keeps for it; upserting by it finds the same entity. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The entity's id; omit to create (an id is derived from the key). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** A key for a new agency's id (Agency:<key>); lowercase letters, digits and dashes. */
  key?: InputMaybe<Scalars['String']['input']>;
  kind: AgencyKind;
  level: AgencyLevel;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Why: required when an ADMIN changes what the plan says (see docs/security.md, Who may change what); kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type UpsertGoalInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: GoalKind;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** The plan it belongs to (a Plan id) and its code there, for a new goal. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Why: required when an ADMIN changes what the plan says (see docs/security.md, Who may change what); kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type UpsertIndicatorInput = {
  attribute?: InputMaybe<IndicatorAttribute>;
  category?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Why: required when an ADMIN changes what the plan says (see docs/security.md, Who may change what); kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  targetComparator?: InputMaybe<Comparator>;
  targetKind: TargetKind;
  targetRaw: Scalars['String']['input'];
  targetUnit?: InputMaybe<Scalars['String']['input']>;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  targetYear?: InputMaybe<Scalars['Int']['input']>;
};

export type UpsertLawInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  kind: LawKind;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Why: required when an ADMIN changes what the plan says (see docs/security.md, Who may change what); kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type UpsertTaskInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  level: TaskLevel;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Why: required when an ADMIN changes what the plan says (see docs/security.md, Who may change what); kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** The caller, as its token names it. */
export type Viewer = {
  __typename?: 'Viewer';
  /** PLANNER and above import plans (previewPlanImport, importPlanFile). */
  mayImportPlans: Scalars['Boolean']['output'];
  /** The token's name. */
  name: Scalars['String']['output'];
  role: Role;
};

/** An indicator projected to miss its target in force (预警). */
export type Warning = {
  __typename?: 'Warning';
  /** The figures the projection rests on (the baseline counts as one of its year). */
  basis: Array<ReviewedValue>;
  /** 约束性: a binding indicator (these come first). */
  binding: Scalars['Boolean']['output'];
  indicator: Indicator;
  method: ProjectionMethod;
  /** The projected value at the target year (for ANNUAL_AMOUNT, the yearly amount). */
  projected: Scalars['Float']['output'];
  /** What the target asks at the target year: its value, or for a growth target the value that growth would reach. */
  required: Scalars['Float']['output'];
  /** How far the projection falls short of what the target asks (always > 0). */
  shortfall: Scalars['Float']['output'];
  /** The target in force as of the warning's year. */
  target: Target;
  targetYear: Scalars['Int']['output'];
};


/** An indicator projected to miss its target in force (预警). */
export type WarningBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What an upsert did. */
export type WriteOutcome =
  | 'CREATED'
  /** The entity already had exactly these values: nothing changed (a repeated request is harmless). */
  | 'UNCHANGED'
  | 'UPDATED';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  Ownable:
    | ( IndicatorModel )
    | ( TaskModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AgencyModel )
    | ( GoalModel )
    | ( IndicatorModel )
    | ( LawModel )
    | ( PlanModel )
    | ( TaskModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<AgencyModel>;
  AgencyConnection: ResolverTypeWrapper<Omit<AgencyConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyEdge']> }>;
  AgencyDissolution: ResolverTypeWrapper<AgencyDissolutionModel>;
  AgencyEdge: ResolverTypeWrapper<Omit<AgencyEdge, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyFilter: AgencyFilter;
  AgencyFinalReview: ResolverTypeWrapper<AgencyFinalReviewModel>;
  AgencyKind: AgencyKind;
  AgencyLevel: AgencyLevel;
  AgencyPayload: ResolverTypeWrapper<AgencyPayloadModel>;
  AgencyReview: ResolverTypeWrapper<AgencyReviewModel>;
  Amendment: ResolverTypeWrapper<AmendmentModel>;
  AmendmentPayload: ResolverTypeWrapper<Omit<AmendmentPayload, 'amendment'> & { amendment: ResolversTypes['Amendment'] }>;
  AmendmentStatus: AmendmentStatus;
  AreaRollUp: AreaRollUp;
  AreaYear: ResolverTypeWrapper<AreaYearModel>;
  AssignIndicatorOwnerPayload: ResolverTypeWrapper<Omit<AssignIndicatorOwnerPayload, 'indicator'> & { indicator: ResolversTypes['Indicator'] }>;
  Baseline: ResolverTypeWrapper<Baseline>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<ChangeModel>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ChangeEdge']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  Comparator: Comparator;
  Continuation: ResolverTypeWrapper<ContinuationModel>;
  CurationFile: ResolverTypeWrapper<CurationFileModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DiagramFormat: DiagramFormat;
  FinalIndicatorReview: ResolverTypeWrapper<FinalIndicatorReviewModel>;
  FinalOutcome: FinalOutcome;
  FinalReview: ResolverTypeWrapper<FinalReviewModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gaps: ResolverTypeWrapper<GapsModel>;
  Goal: ResolverTypeWrapper<GoalModel>;
  GoalConnection: ResolverTypeWrapper<Omit<GoalConnection, 'edges'> & { edges: Array<ResolversTypes['GoalEdge']> }>;
  GoalEdge: ResolverTypeWrapper<Omit<GoalEdge, 'node'> & { node: ResolversTypes['Goal'] }>;
  GoalFilter: GoalFilter;
  GoalFinalReview: ResolverTypeWrapper<GoalFinalReviewModel>;
  GoalKind: GoalKind;
  GoalPayload: ResolverTypeWrapper<GoalPayloadModel>;
  GoalReview: ResolverTypeWrapper<GoalReviewModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Impact: ResolverTypeWrapper<ImpactModel>;
  ImpactSummary: ResolverTypeWrapper<ImpactSummary>;
  ImpactedNode: ResolverTypeWrapper<ImpactedNodeModel>;
  ImportGraphPayload: ResolverTypeWrapper<ImportGraphPayload>;
  ImportMeasurementsPayload: ResolverTypeWrapper<ImportMeasurementsPayload>;
  ImportedIndicator: ResolverTypeWrapper<ImportedIndicator>;
  ImportedNodeRef: ResolverTypeWrapper<ImportedNodeRef>;
  ImportedProposal: ResolverTypeWrapper<ImportedProposal>;
  ImportedTask: ResolverTypeWrapper<ImportedTask>;
  Indicator: ResolverTypeWrapper<IndicatorModel>;
  IndicatorAreasPayload: ResolverTypeWrapper<Omit<IndicatorAreasPayload, 'indicator'> & { indicator: ResolversTypes['Indicator'] }>;
  IndicatorAttribute: IndicatorAttribute;
  IndicatorConnection: ResolverTypeWrapper<Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversTypes['IndicatorEdge']> }>;
  IndicatorCoverage: ResolverTypeWrapper<IndicatorCoverageModel>;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorFilter: IndicatorFilter;
  IndicatorOwnerPayload: ResolverTypeWrapper<Omit<IndicatorOwnerPayload, 'indicator'> & { indicator: ResolversTypes['Indicator'] }>;
  IndicatorPayload: ResolverTypeWrapper<IndicatorPayloadModel>;
  IndicatorReview: ResolverTypeWrapper<IndicatorReviewModel>;
  IndicatorSource: IndicatorSource;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Jurisdiction: ResolverTypeWrapper<Jurisdiction>;
  JurisdictionLevel: JurisdictionLevel;
  KindCount: ResolverTypeWrapper<KindCount>;
  Law: ResolverTypeWrapper<LawModel>;
  LawAmendment: ResolverTypeWrapper<LawAmendmentModel>;
  LawConnection: ResolverTypeWrapper<Omit<LawConnection, 'edges'> & { edges: Array<ResolversTypes['LawEdge']> }>;
  LawEdge: ResolverTypeWrapper<Omit<LawEdge, 'node'> & { node: ResolversTypes['Law'] }>;
  LawFilter: LawFilter;
  LawKind: LawKind;
  LawPayload: ResolverTypeWrapper<LawPayloadModel>;
  LikelyOwner: ResolverTypeWrapper<LikelyOwnerModel>;
  LikelyOwnerEvidence: ResolverTypeWrapper<LikelyOwnerEvidenceModel>;
  LikelyOwnerEvidenceKind: LikelyOwnerEvidenceKind;
  LikelyOwnerRule: LikelyOwnerRule;
  Link: ResolverTypeWrapper<LinkModel>;
  LinkDirection: LinkDirection;
  LinkInput: LinkInput;
  LinkOrigin: LinkOrigin;
  LinkPayload: ResolverTypeWrapper<LinkPayloadModel>;
  Measurement: ResolverTypeWrapper<MeasurementModel>;
  MeasurementPayload: ResolverTypeWrapper<Omit<MeasurementPayload, 'measurement'> & { measurement: ResolversTypes['Measurement'] }>;
  MeasurementRevision: ResolverTypeWrapper<MeasurementRevision>;
  MeasurementStatus: MeasurementStatus;
  MidTermReview: ResolverTypeWrapper<MidTermReviewModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OutcomeCount: ResolverTypeWrapper<OutcomeCount>;
  Ownable: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Ownable']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Plan: ResolverTypeWrapper<PlanModel>;
  PlanFileFormat: PlanFileFormat;
  PlanFileInput: PlanFileInput;
  PlanImportCounts: ResolverTypeWrapper<PlanImportCounts>;
  PlanImportPreview: ResolverTypeWrapper<PlanImportPreviewModel>;
  PlanImportResult: ResolverTypeWrapper<PlanImportResultModel>;
  PlanPeriod: ResolverTypeWrapper<PlanPeriod>;
  ProjectionMethod: ProjectionMethod;
  Proposal: ResolverTypeWrapper<ProposalModel>;
  ProposalConnection: ResolverTypeWrapper<Omit<ProposalConnection, 'edges'> & { edges: Array<ResolversTypes['ProposalEdge']> }>;
  ProposalEdge: ResolverTypeWrapper<Omit<ProposalEdge, 'node'> & { node: ResolversTypes['Proposal'] }>;
  ProposalPayload: ResolverTypeWrapper<Omit<ProposalPayload, 'proposal'> & { proposal: ResolversTypes['Proposal'] }>;
  ProposalStatus: ProposalStatus;
  ProposeAmendmentInput: ProposeAmendmentInput;
  ProposedRelation: ProposedRelation;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordMeasurementInput: RecordMeasurementInput;
  RecordMeasurementPayload: ResolverTypeWrapper<Omit<RecordMeasurementPayload, 'measurement'> & { measurement: ResolversTypes['Measurement'] }>;
  RelationKind: RelationKind;
  ReviewStatus: ReviewStatus;
  ReviewedValue: ResolverTypeWrapper<ReviewedValue>;
  Role: Role;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchMatch: SearchMatch;
  SetIndicatorAreasInput: SetIndicatorAreasInput;
  SkippedLine: ResolverTypeWrapper<SkippedLine>;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Target: ResolverTypeWrapper<Target>;
  TargetHistoryEntry: ResolverTypeWrapper<TargetHistoryEntryModel>;
  TargetKind: TargetKind;
  TargetOrigin: TargetOrigin;
  Task: ResolverTypeWrapper<TaskModel>;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges'> & { edges: Array<ResolversTypes['TaskEdge']> }>;
  TaskDrop: ResolverTypeWrapper<TaskDropModel>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskFilter: TaskFilter;
  TaskLevel: TaskLevel;
  TaskOwnerPayload: ResolverTypeWrapper<Omit<TaskOwnerPayload, 'task'> & { task: ResolversTypes['Task'] }>;
  TaskPayload: ResolverTypeWrapper<TaskPayloadModel>;
  UpsertAgencyInput: UpsertAgencyInput;
  UpsertGoalInput: UpsertGoalInput;
  UpsertIndicatorInput: UpsertIndicatorInput;
  UpsertLawInput: UpsertLawInput;
  UpsertTaskInput: UpsertTaskInput;
  Viewer: ResolverTypeWrapper<Viewer>;
  Warning: ResolverTypeWrapper<WarningModel>;
  WriteOutcome: WriteOutcome;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: AgencyModel;
  AgencyConnection: Omit<AgencyConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyEdge']> };
  AgencyDissolution: AgencyDissolutionModel;
  AgencyEdge: Omit<AgencyEdge, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyFilter: AgencyFilter;
  AgencyFinalReview: AgencyFinalReviewModel;
  AgencyPayload: AgencyPayloadModel;
  AgencyReview: AgencyReviewModel;
  Amendment: AmendmentModel;
  AmendmentPayload: Omit<AmendmentPayload, 'amendment'> & { amendment: ResolversParentTypes['Amendment'] };
  AreaYear: AreaYearModel;
  AssignIndicatorOwnerPayload: Omit<AssignIndicatorOwnerPayload, 'indicator'> & { indicator: ResolversParentTypes['Indicator'] };
  Baseline: Baseline;
  Boolean: Scalars['Boolean']['output'];
  Change: ChangeModel;
  ChangeConnection: Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangeEdge']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  Continuation: ContinuationModel;
  CurationFile: CurationFileModel;
  DateTime: Scalars['DateTime']['output'];
  FinalIndicatorReview: FinalIndicatorReviewModel;
  FinalReview: FinalReviewModel;
  Float: Scalars['Float']['output'];
  Gaps: GapsModel;
  Goal: GoalModel;
  GoalConnection: Omit<GoalConnection, 'edges'> & { edges: Array<ResolversParentTypes['GoalEdge']> };
  GoalEdge: Omit<GoalEdge, 'node'> & { node: ResolversParentTypes['Goal'] };
  GoalFilter: GoalFilter;
  GoalFinalReview: GoalFinalReviewModel;
  GoalPayload: GoalPayloadModel;
  GoalReview: GoalReviewModel;
  ID: Scalars['ID']['output'];
  Impact: ImpactModel;
  ImpactSummary: ImpactSummary;
  ImpactedNode: ImpactedNodeModel;
  ImportGraphPayload: ImportGraphPayload;
  ImportMeasurementsPayload: ImportMeasurementsPayload;
  ImportedIndicator: ImportedIndicator;
  ImportedNodeRef: ImportedNodeRef;
  ImportedProposal: ImportedProposal;
  ImportedTask: ImportedTask;
  Indicator: IndicatorModel;
  IndicatorAreasPayload: Omit<IndicatorAreasPayload, 'indicator'> & { indicator: ResolversParentTypes['Indicator'] };
  IndicatorConnection: Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndicatorEdge']> };
  IndicatorCoverage: IndicatorCoverageModel;
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorFilter: IndicatorFilter;
  IndicatorOwnerPayload: Omit<IndicatorOwnerPayload, 'indicator'> & { indicator: ResolversParentTypes['Indicator'] };
  IndicatorPayload: IndicatorPayloadModel;
  IndicatorReview: IndicatorReviewModel;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Jurisdiction: Jurisdiction;
  KindCount: KindCount;
  Law: LawModel;
  LawAmendment: LawAmendmentModel;
  LawConnection: Omit<LawConnection, 'edges'> & { edges: Array<ResolversParentTypes['LawEdge']> };
  LawEdge: Omit<LawEdge, 'node'> & { node: ResolversParentTypes['Law'] };
  LawFilter: LawFilter;
  LawPayload: LawPayloadModel;
  LikelyOwner: LikelyOwnerModel;
  LikelyOwnerEvidence: LikelyOwnerEvidenceModel;
  Link: LinkModel;
  LinkInput: LinkInput;
  LinkPayload: LinkPayloadModel;
  Measurement: MeasurementModel;
  MeasurementPayload: Omit<MeasurementPayload, 'measurement'> & { measurement: ResolversParentTypes['Measurement'] };
  MeasurementRevision: MeasurementRevision;
  MidTermReview: MidTermReviewModel;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OutcomeCount: OutcomeCount;
  Ownable: ResolversUnionTypes<ResolversParentTypes>['Ownable'];
  PageInfo: PageInfo;
  Plan: PlanModel;
  PlanFileInput: PlanFileInput;
  PlanImportCounts: PlanImportCounts;
  PlanImportPreview: PlanImportPreviewModel;
  PlanImportResult: PlanImportResultModel;
  PlanPeriod: PlanPeriod;
  Proposal: ProposalModel;
  ProposalConnection: Omit<ProposalConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProposalEdge']> };
  ProposalEdge: Omit<ProposalEdge, 'node'> & { node: ResolversParentTypes['Proposal'] };
  ProposalPayload: Omit<ProposalPayload, 'proposal'> & { proposal: ResolversParentTypes['Proposal'] };
  ProposeAmendmentInput: ProposeAmendmentInput;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  RecordMeasurementInput: RecordMeasurementInput;
  RecordMeasurementPayload: Omit<RecordMeasurementPayload, 'measurement'> & { measurement: ResolversParentTypes['Measurement'] };
  ReviewedValue: ReviewedValue;
  SearchHit: SearchHitModel;
  SetIndicatorAreasInput: SetIndicatorAreasInput;
  SkippedLine: SkippedLine;
  StatusCount: StatusCount;
  String: Scalars['String']['output'];
  Target: Target;
  TargetHistoryEntry: TargetHistoryEntryModel;
  Task: TaskModel;
  TaskConnection: Omit<TaskConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskEdge']> };
  TaskDrop: TaskDropModel;
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskFilter: TaskFilter;
  TaskOwnerPayload: Omit<TaskOwnerPayload, 'task'> & { task: ResolversParentTypes['Task'] };
  TaskPayload: TaskPayloadModel;
  UpsertAgencyInput: UpsertAgencyInput;
  UpsertGoalInput: UpsertGoalInput;
  UpsertIndicatorInput: UpsertIndicatorInput;
  UpsertLawInput: UpsertLawInput;
  UpsertTaskInput: UpsertTaskInput;
  Viewer: Viewer;
  Warning: WarningModel;
};

export type AgencyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<AgencyAliasesArgs>>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  involvedIn?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<AgencyInvolvedInArgs>>;
  involvedInConnection?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<AgencyInvolvedInConnectionArgs>>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AgencyLevel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<AgencyLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownedIndicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<AgencyOwnedIndicatorsArgs>>;
  ownedIndicatorsConnection?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<AgencyOwnedIndicatorsConnectionArgs>>;
  ownedTasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<AgencyOwnedTasksArgs>>;
  ownedTasksConnection?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<AgencyOwnedTasksConnectionArgs>>;
  owns?: Resolver<Array<ResolversTypes['Ownable']>, ParentType, ContextType, Partial<AgencyOwnsArgs>>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  shared?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgencyConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AgencyConnection'] = ResolversParentTypes['AgencyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgencyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgencyDissolutionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AgencyDissolution'] = ResolversParentTypes['AgencyDissolution']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  indicatorsLosingOnlyOwner?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<AgencyDissolutionIndicatorsLosingOnlyOwnerArgs>>;
  tasksKeepingAnOwner?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<AgencyDissolutionTasksKeepingAnOwnerArgs>>;
  tasksLosingAParticipant?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<AgencyDissolutionTasksLosingAParticipantArgs>>;
  tasksLosingOnlyOwner?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<AgencyDissolutionTasksLosingOnlyOwnerArgs>>;
};

export type AgencyEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AgencyEdge'] = ResolversParentTypes['AgencyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
};

export type AgencyFinalReviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AgencyFinalReview'] = ResolversParentTypes['AgencyFinalReview']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  bindingOutcomeCounts?: Resolver<Array<ResolversTypes['OutcomeCount']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['FinalIndicatorReview']>, ParentType, ContextType, Partial<AgencyFinalReviewIndicatorsArgs>>;
  outcomeCounts?: Resolver<Array<ResolversTypes['OutcomeCount']>, ParentType, ContextType>;
};

export type AgencyPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AgencyPayload'] = ResolversParentTypes['AgencyPayload']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgencyReviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AgencyReview'] = ResolversParentTypes['AgencyReview']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  bindingStatusCounts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['IndicatorReview']>, ParentType, ContextType, Partial<AgencyReviewIndicatorsArgs>>;
  statusCounts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
};

export type AmendmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Amendment'] = ResolversParentTypes['Amendment']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AmendmentStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
};

export type AmendmentPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AmendmentPayload'] = ResolversParentTypes['AmendmentPayload']> = {
  amendment?: Resolver<ResolversTypes['Amendment'], ParentType, ContextType>;
};

export type AreaYearResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AreaYear'] = ResolversParentTypes['AreaYear']> = {
  figures?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType, Partial<AreaYearFiguresArgs>>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  missingAreas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<AreaYearMissingAreasArgs>>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssignIndicatorOwnerPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AssignIndicatorOwnerPayload'] = ResolversParentTypes['AssignIndicatorOwnerPayload']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type BaselineResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Baseline'] = ResolversParentTypes['Baseline']> = {
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  latestSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ContinuationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Continuation'] = ResolversParentTypes['Continuation']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType, Partial<ContinuationMeasurementsArgs>>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
};

export type CurationFileResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CurationFile'] = ResolversParentTypes['CurationFile']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FinalIndicatorReviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FinalIndicatorReview'] = ResolversParentTypes['FinalIndicatorReview']> = {
  continuation?: Resolver<Array<ResolversTypes['Continuation']>, ParentType, ContextType, RequireFields<FinalIndicatorReviewContinuationArgs, 'includeProposed'>>;
  growth?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['ReviewedValue']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['FinalOutcome'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
  targetHistory?: Resolver<Array<ResolversTypes['TargetHistoryEntry']>, ParentType, ContextType, Partial<FinalIndicatorReviewTargetHistoryArgs>>;
};

export type FinalReviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FinalReview'] = ResolversParentTypes['FinalReview']> = {
  amendments?: Resolver<Array<ResolversTypes['Amendment']>, ParentType, ContextType, Partial<FinalReviewAmendmentsArgs>>;
  bindingOutcomeCounts?: Resolver<Array<ResolversTypes['OutcomeCount']>, ParentType, ContextType>;
  byAgency?: Resolver<Array<ResolversTypes['AgencyFinalReview']>, ParentType, ContextType, Partial<FinalReviewByAgencyArgs>>;
  byGoal?: Resolver<Array<ResolversTypes['GoalFinalReview']>, ParentType, ContextType, Partial<FinalReviewByGoalArgs>>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['FinalIndicatorReview']>, ParentType, ContextType, Partial<FinalReviewIndicatorsArgs>>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcomeCounts?: Resolver<Array<ResolversTypes['OutcomeCount']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
};

export type GapsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Gaps'] = ResolversParentTypes['Gaps']> = {
  bindingIndicatorsWithOnlyLikelyOwner?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<GapsBindingIndicatorsWithOnlyLikelyOwnerArgs>>;
  bindingIndicatorsWithoutOwner?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, RequireFields<GapsBindingIndicatorsWithoutOwnerArgs, 'includeLikelyOwners'>>;
  goalsWithoutIndicator?: Resolver<ResolversTypes['GoalConnection'], ParentType, ContextType, Partial<GapsGoalsWithoutIndicatorArgs>>;
  indicatorsWithoutTask?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<GapsIndicatorsWithoutTaskArgs>>;
  lawsWithoutTask?: Resolver<ResolversTypes['LawConnection'], ParentType, ContextType, Partial<GapsLawsWithoutTaskArgs>>;
  tasksWithoutLegalBasis?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<GapsTasksWithoutLegalBasisArgs>>;
  tasksWithoutOwner?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<GapsTasksWithoutOwnerArgs>>;
};

export type GoalResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correspondsTo?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType, Partial<GoalCorrespondsToArgs>>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GoalKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<GoalLinksArgs>>;
  measuredBy?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<GoalMeasuredByArgs>>;
  measuredByConnection?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<GoalMeasuredByConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<GoalSupportedByArgs>>;
  supportedByConnection?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<GoalSupportedByConnectionArgs>>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GoalConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GoalConnection'] = ResolversParentTypes['GoalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GoalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GoalEdge'] = ResolversParentTypes['GoalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
};

export type GoalFinalReviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GoalFinalReview'] = ResolversParentTypes['GoalFinalReview']> = {
  bindingOutcomeCounts?: Resolver<Array<ResolversTypes['OutcomeCount']>, ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['FinalIndicatorReview']>, ParentType, ContextType, Partial<GoalFinalReviewIndicatorsArgs>>;
  outcomeCounts?: Resolver<Array<ResolversTypes['OutcomeCount']>, ParentType, ContextType>;
};

export type GoalPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GoalPayload'] = ResolversParentTypes['GoalPayload']> = {
  goal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalReviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GoalReview'] = ResolversParentTypes['GoalReview']> = {
  bindingStatusCounts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['IndicatorReview']>, ParentType, ContextType, Partial<GoalReviewIndicatorsArgs>>;
  statusCounts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
};

export type ImpactResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Impact'] = ResolversParentTypes['Impact']> = {
  affected?: Resolver<Array<ResolversTypes['ImpactedNode']>, ParentType, ContextType, Partial<ImpactAffectedArgs>>;
  source?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['ImpactSummary'], ParentType, ContextType>;
};

export type ImpactSummaryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImpactSummary'] = ResolversParentTypes['ImpactSummary']> = {
  bindingIndicators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImpactedNodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImpactedNode'] = ResolversParentTypes['ImpactedNode']> = {
  derived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  quotes?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['RelationKind']>, ParentType, ContextType>;
};

export type ImportGraphPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportGraphPayload'] = ResolversParentTypes['ImportGraphPayload']> = {
  created?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ImportMeasurementsPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportMeasurementsPayload'] = ResolversParentTypes['ImportMeasurementsPayload']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replaced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportedIndicatorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportedIndicator'] = ResolversParentTypes['ImportedIndicator']> = {
  attribute?: Resolver<Maybe<ResolversTypes['IndicatorAttribute']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IndicatorSource'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
};

export type ImportedNodeRefResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportedNodeRef'] = ResolversParentTypes['ImportedNodeRef']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportedProposalResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportedProposal'] = ResolversParentTypes['ImportedProposal']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ImportedNodeRef'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ProposedRelation'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ImportedNodeRef'], ParentType, ContextType>;
};

export type ImportedTaskResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportedTask'] = ResolversParentTypes['ImportedTask']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TaskLevel'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  alignsWith?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<IndicatorAlignsWithArgs, 'includeProposed'>>;
  areaRollUp?: Resolver<Maybe<ResolversTypes['AreaRollUp']>, ParentType, ContextType>;
  areaYears?: Resolver<Array<ResolversTypes['AreaYear']>, ParentType, ContextType, Partial<IndicatorAreaYearsArgs>>;
  areas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<IndicatorAreasArgs>>;
  attribute?: Resolver<Maybe<ResolversTypes['IndicatorAttribute']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['Baseline']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  categoryEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  continuedBy?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<IndicatorContinuedByArgs, 'includeProposed'>>;
  continues?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<IndicatorContinuesArgs, 'includeProposed'>>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  likelyOwnerAbstention?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  likelyOwners?: Resolver<Array<ResolversTypes['LikelyOwner']>, ParentType, ContextType, Partial<IndicatorLikelyOwnersArgs>>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<IndicatorLinksArgs>>;
  measurementRevisions?: Resolver<Array<ResolversTypes['MeasurementRevision']>, ParentType, ContextType, Partial<IndicatorMeasurementRevisionsArgs>>;
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType, Partial<IndicatorMeasurementsArgs>>;
  measures?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType, Partial<IndicatorMeasuresArgs>>;
  movedBy?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<IndicatorMovedByArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ownedBy?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<IndicatorOwnedByArgs>>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IndicatorSource'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
  targetHistory?: Resolver<Array<ResolversTypes['TargetHistoryEntry']>, ParentType, ContextType, Partial<IndicatorTargetHistoryArgs>>;
  targetInForce?: Resolver<ResolversTypes['Target'], ParentType, ContextType, Partial<IndicatorTargetInForceArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorAreasPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IndicatorAreasPayload'] = ResolversParentTypes['IndicatorAreasPayload']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type IndicatorConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorCoverageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IndicatorCoverage'] = ResolversParentTypes['IndicatorCoverage']> = {
  derived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  movedBy?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<IndicatorCoverageMovedByArgs>>;
};

export type IndicatorEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type IndicatorOwnerPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IndicatorOwnerPayload'] = ResolversParentTypes['IndicatorOwnerPayload']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type IndicatorPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IndicatorPayload'] = ResolversParentTypes['IndicatorPayload']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorReviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IndicatorReview'] = ResolversParentTypes['IndicatorReview']> = {
  continuation?: Resolver<Array<ResolversTypes['Continuation']>, ParentType, ContextType, RequireFields<IndicatorReviewContinuationArgs, 'includeProposed'>>;
  expected?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['ReviewedValue']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JurisdictionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['JurisdictionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LawResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Law'] = ResolversParentTypes['Law']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<LawAliasesArgs>>;
  basisOf?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<LawBasisOfArgs>>;
  basisOfConnection?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<LawBasisOfConnectionArgs>>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LawKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<LawLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LawAmendmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LawAmendment'] = ResolversParentTypes['LawAmendment']> = {
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<LawAmendmentIndicatorsArgs>>;
  law?: Resolver<ResolversTypes['Law'], ParentType, ContextType>;
  leadAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<LawAmendmentLeadAgenciesArgs>>;
  participatingAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<LawAmendmentParticipatingAgenciesArgs>>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<LawAmendmentTasksArgs>>;
};

export type LawConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LawConnection'] = ResolversParentTypes['LawConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LawEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LawEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LawEdge'] = ResolversParentTypes['LawEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Law'], ParentType, ContextType>;
};

export type LawPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LawPayload'] = ResolversParentTypes['LawPayload']> = {
  law?: Resolver<ResolversTypes['Law'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LikelyOwnerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LikelyOwner'] = ResolversParentTypes['LikelyOwner']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['LikelyOwnerEvidence']>, ParentType, ContextType, Partial<LikelyOwnerEvidenceArgs>>;
  path?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['LikelyOwnerRule'], ParentType, ContextType>;
};

export type LikelyOwnerEvidenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LikelyOwnerEvidence'] = ResolversParentTypes['LikelyOwnerEvidence']> = {
  kind?: Resolver<ResolversTypes['LikelyOwnerEvidenceKind'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type LinkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  assignedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['LinkDirection'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['LinkOrigin'], ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
};

export type LinkPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LinkPayload'] = ResolversParentTypes['LinkPayload']> = {
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeasurementResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Measurement'] = ResolversParentTypes['Measurement']> = {
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checksum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  returnedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeasurementStatus'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeasurementPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MeasurementPayload'] = ResolversParentTypes['MeasurementPayload']> = {
  measurement?: Resolver<ResolversTypes['Measurement'], ParentType, ContextType>;
};

export type MeasurementRevisionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MeasurementRevision'] = ResolversParentTypes['MeasurementRevision']> = {
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replacedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  replacedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MidTermReviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MidTermReview'] = ResolversParentTypes['MidTermReview']> = {
  asOf?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bindingStatusCounts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  byAgency?: Resolver<Array<ResolversTypes['AgencyReview']>, ParentType, ContextType, Partial<MidTermReviewByAgencyArgs>>;
  byGoal?: Resolver<Array<ResolversTypes['GoalReview']>, ParentType, ContextType, Partial<MidTermReviewByGoalArgs>>;
  byLikelyOwner?: Resolver<Array<ResolversTypes['AgencyReview']>, ParentType, ContextType, Partial<MidTermReviewByLikelyOwnerArgs>>;
  indicators?: Resolver<Array<ResolversTypes['IndicatorReview']>, ParentType, ContextType, Partial<MidTermReviewIndicatorsArgs>>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  approveMeasurement?: Resolver<ResolversTypes['MeasurementPayload'], ParentType, ContextType, RequireFields<MutationApproveMeasurementArgs, 'id'>>;
  assignIndicatorOwner?: Resolver<ResolversTypes['AssignIndicatorOwnerPayload'], ParentType, ContextType, RequireFields<MutationAssignIndicatorOwnerArgs, 'agency' | 'fromSuggestion' | 'indicator'>>;
  assignTaskOwner?: Resolver<ResolversTypes['TaskOwnerPayload'], ParentType, ContextType, RequireFields<MutationAssignTaskOwnerArgs, 'agency' | 'task'>>;
  confirmLink?: Resolver<ResolversTypes['ProposalPayload'], ParentType, ContextType, RequireFields<MutationConfirmLinkArgs, 'id'>>;
  decideAmendment?: Resolver<ResolversTypes['AmendmentPayload'], ParentType, ContextType, RequireFields<MutationDecideAmendmentArgs, 'approve' | 'id'>>;
  importGraph?: Resolver<ResolversTypes['ImportGraphPayload'], ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'document'>>;
  importMeasurementsCsv?: Resolver<ResolversTypes['ImportMeasurementsPayload'], ParentType, ContextType, RequireFields<MutationImportMeasurementsCsvArgs, 'csv'>>;
  importPlanFile?: Resolver<ResolversTypes['PlanImportResult'], ParentType, ContextType, RequireFields<MutationImportPlanFileArgs, 'input' | 'previewDigest'>>;
  link?: Resolver<ResolversTypes['LinkPayload'], ParentType, ContextType, RequireFields<MutationLinkArgs, 'input'>>;
  previewPlanImport?: Resolver<ResolversTypes['PlanImportPreview'], ParentType, ContextType, RequireFields<MutationPreviewPlanImportArgs, 'input'>>;
  proposeAmendment?: Resolver<ResolversTypes['AmendmentPayload'], ParentType, ContextType, RequireFields<MutationProposeAmendmentArgs, 'input'>>;
  recordMeasurement?: Resolver<ResolversTypes['RecordMeasurementPayload'], ParentType, ContextType, RequireFields<MutationRecordMeasurementArgs, 'input'>>;
  rejectLink?: Resolver<ResolversTypes['ProposalPayload'], ParentType, ContextType, RequireFields<MutationRejectLinkArgs, 'id'>>;
  removeIndicatorOwner?: Resolver<ResolversTypes['IndicatorOwnerPayload'], ParentType, ContextType, RequireFields<MutationRemoveIndicatorOwnerArgs, 'agency' | 'indicator'>>;
  removeTaskOwner?: Resolver<ResolversTypes['TaskOwnerPayload'], ParentType, ContextType, RequireFields<MutationRemoveTaskOwnerArgs, 'agency' | 'task'>>;
  returnMeasurement?: Resolver<ResolversTypes['MeasurementPayload'], ParentType, ContextType, RequireFields<MutationReturnMeasurementArgs, 'comment' | 'id'>>;
  setIndicatorAreas?: Resolver<ResolversTypes['IndicatorAreasPayload'], ParentType, ContextType, RequireFields<MutationSetIndicatorAreasArgs, 'input'>>;
  unlink?: Resolver<ResolversTypes['LinkPayload'], ParentType, ContextType, RequireFields<MutationUnlinkArgs, 'input'>>;
  upsertAgency?: Resolver<ResolversTypes['AgencyPayload'], ParentType, ContextType, RequireFields<MutationUpsertAgencyArgs, 'input'>>;
  upsertGoal?: Resolver<ResolversTypes['GoalPayload'], ParentType, ContextType, RequireFields<MutationUpsertGoalArgs, 'input'>>;
  upsertIndicator?: Resolver<ResolversTypes['IndicatorPayload'], ParentType, ContextType, RequireFields<MutationUpsertIndicatorArgs, 'input'>>;
  upsertLaw?: Resolver<ResolversTypes['LawPayload'], ParentType, ContextType, RequireFields<MutationUpsertLawArgs, 'input'>>;
  upsertTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationUpsertTaskArgs, 'input'>>;
};

export type NodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Agency' | 'Goal' | 'Indicator' | 'Law' | 'Plan' | 'Task', ParentType, ContextType>;
};

export type OutcomeCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OutcomeCount'] = ResolversParentTypes['OutcomeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['FinalOutcome'], ParentType, ContextType>;
};

export type OwnableResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Ownable'] = ResolversParentTypes['Ownable']> = {
  __resolveType: TypeResolveFn<'Indicator' | 'Task', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlanResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = {
  follows?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType, Partial<PlanFollowsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuerEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<PlanLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanImportCountsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PlanImportCounts'] = ResolversParentTypes['PlanImportCounts']> = {
  agencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  laws?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newAgencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newLaws?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skippedLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tableIndicators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  textIndicators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanImportPreviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PlanImportPreview'] = ResolversParentTypes['PlanImportPreview']> = {
  counts?: Resolver<ResolversTypes['PlanImportCounts'], ParentType, ContextType>;
  digest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['PlanFileFormat'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['ImportedIndicator']>, ParentType, ContextType, Partial<PlanImportPreviewIndicatorsArgs>>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numbering?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['PlanPeriod']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['ImportedProposal']>, ParentType, ContextType, Partial<PlanImportPreviewProposalsArgs>>;
  replaces?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedLine']>, ParentType, ContextType, Partial<PlanImportPreviewSkippedArgs>>;
  tasks?: Resolver<Array<ResolversTypes['ImportedTask']>, ParentType, ContextType, Partial<PlanImportPreviewTasksArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<PlanImportPreviewWarningsArgs>>;
};

export type PlanImportResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PlanImportResult'] = ResolversParentTypes['PlanImportResult']> = {
  counts?: Resolver<ResolversTypes['PlanImportCounts'], ParentType, ContextType>;
  digest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  proposalsAlreadyJudged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposalsStored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanPeriodResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PlanPeriod'] = ResolversParentTypes['PlanPeriod']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ProposedRelation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type ProposalConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProposalConnection'] = ResolversParentTypes['ProposalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProposalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProposalEdge'] = ResolversParentTypes['ProposalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type ProposalPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProposalPayload'] = ResolversParentTypes['ProposalPayload']> = {
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectionPath?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<ResolversTypes['AgencyConnection'], ParentType, ContextType, Partial<QueryAgenciesArgs>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<QueryChangesArgs>>;
  curationExport?: Resolver<Array<ResolversTypes['CurationFile']>, ParentType, ContextType, RequireFields<QueryCurationExportArgs, 'plan'>>;
  exportGraph?: Resolver<ResolversTypes['JSON'], ParentType, ContextType, Partial<QueryExportGraphArgs>>;
  finalReview?: Resolver<ResolversTypes['FinalReview'], ParentType, ContextType, RequireFields<QueryFinalReviewArgs, 'plan'>>;
  gaps?: Resolver<ResolversTypes['Gaps'], ParentType, ContextType>;
  goals?: Resolver<ResolversTypes['GoalConnection'], ParentType, ContextType, Partial<QueryGoalsArgs>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryHistoryArgs, 'of'>>;
  impact?: Resolver<ResolversTypes['Impact'], ParentType, ContextType, RequireFields<QueryImpactArgs, 'maxDepth' | 'of'>>;
  impactDiagram?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryImpactDiagramArgs, 'format' | 'maxDepth' | 'of'>>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  laws?: Resolver<ResolversTypes['LawConnection'], ParentType, ContextType, Partial<QueryLawsArgs>>;
  midTermReview?: Resolver<ResolversTypes['MidTermReview'], ParentType, ContextType, RequireFields<QueryMidTermReviewArgs, 'asOf' | 'includeSubmitted'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType, Partial<QueryPlansArgs>>;
  proposals?: Resolver<ResolversTypes['ProposalConnection'], ParentType, ContextType, RequireFields<QueryProposalsArgs, 'plan' | 'status'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  submittedMeasurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType, Partial<QuerySubmittedMeasurementsArgs>>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<QueryTasksArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['Warning']>, ParentType, ContextType, RequireFields<QueryWarningsArgs, 'asOf'>>;
  whatIfAgencyDissolved?: Resolver<ResolversTypes['AgencyDissolution'], ParentType, ContextType, RequireFields<QueryWhatIfAgencyDissolvedArgs, 'agency'>>;
  whatIfLawAmended?: Resolver<ResolversTypes['LawAmendment'], ParentType, ContextType, RequireFields<QueryWhatIfLawAmendedArgs, 'law'>>;
  whatIfTaskDropped?: Resolver<ResolversTypes['TaskDrop'], ParentType, ContextType, RequireFields<QueryWhatIfTaskDroppedArgs, 'task'>>;
};

export type RecordMeasurementPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RecordMeasurementPayload'] = ResolversParentTypes['RecordMeasurementPayload']> = {
  measurement?: Resolver<ResolversTypes['Measurement'], ParentType, ContextType>;
};

export type ReviewedValueResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReviewedValue'] = ResolversParentTypes['ReviewedValue']> = {
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SkippedLineResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SkippedLine'] = ResolversParentTypes['SkippedLine']> = {
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatusCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
};

export type TargetResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  aspirational?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ceiling?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comparator?: Resolver<Maybe<ResolversTypes['Comparator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  per?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TargetHistoryEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TargetHistoryEntry'] = ResolversParentTypes['TargetHistoryEntry']> = {
  amendment?: Resolver<Maybe<ResolversTypes['Amendment']>, ParentType, ContextType>;
  effectiveYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['TargetOrigin'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AmendmentStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
};

export type TaskResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = {
  basedOn?: Resolver<Array<ResolversTypes['Law']>, ParentType, ContextType, Partial<TaskBasedOnArgs>>;
  children?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<TaskChildrenArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coverage?: Resolver<Array<ResolversTypes['IndicatorCoverage']>, ParentType, ContextType, Partial<TaskCoverageArgs>>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  involves?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<TaskInvolvesArgs>>;
  level?: Resolver<ResolversTypes['TaskLevel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<TaskLinksArgs>>;
  moves?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<TaskMovesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownedBy?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<TaskOwnedByArgs>>;
  parent?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType, Partial<TaskSupportsArgs>>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskDropResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskDrop'] = ResolversParentTypes['TaskDrop']> = {
  dropped?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<TaskDropDroppedArgs>>;
  goalsLosingAllSupport?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType, Partial<TaskDropGoalsLosingAllSupportArgs>>;
  goalsLosingSomeSupport?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType, Partial<TaskDropGoalsLosingSomeSupportArgs>>;
  indicatorsLosingEveryTask?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<TaskDropIndicatorsLosingEveryTaskArgs>>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TaskEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TaskOwnerPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskOwnerPayload'] = ResolversParentTypes['TaskOwnerPayload']> = {
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TaskPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskPayload'] = ResolversParentTypes['TaskPayload']> = {
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  mayImportPlans?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type WarningResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Warning'] = ResolversParentTypes['Warning']> = {
  basis?: Resolver<Array<ResolversTypes['ReviewedValue']>, ParentType, ContextType, Partial<WarningBasisArgs>>;
  binding?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ProjectionMethod'], ParentType, ContextType>;
  projected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
  targetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphContext> = {
  Agency?: AgencyResolvers<ContextType>;
  AgencyConnection?: AgencyConnectionResolvers<ContextType>;
  AgencyDissolution?: AgencyDissolutionResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
  AgencyFinalReview?: AgencyFinalReviewResolvers<ContextType>;
  AgencyPayload?: AgencyPayloadResolvers<ContextType>;
  AgencyReview?: AgencyReviewResolvers<ContextType>;
  Amendment?: AmendmentResolvers<ContextType>;
  AmendmentPayload?: AmendmentPayloadResolvers<ContextType>;
  AreaYear?: AreaYearResolvers<ContextType>;
  AssignIndicatorOwnerPayload?: AssignIndicatorOwnerPayloadResolvers<ContextType>;
  Baseline?: BaselineResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  Continuation?: ContinuationResolvers<ContextType>;
  CurationFile?: CurationFileResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FinalIndicatorReview?: FinalIndicatorReviewResolvers<ContextType>;
  FinalReview?: FinalReviewResolvers<ContextType>;
  Gaps?: GapsResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  GoalConnection?: GoalConnectionResolvers<ContextType>;
  GoalEdge?: GoalEdgeResolvers<ContextType>;
  GoalFinalReview?: GoalFinalReviewResolvers<ContextType>;
  GoalPayload?: GoalPayloadResolvers<ContextType>;
  GoalReview?: GoalReviewResolvers<ContextType>;
  Impact?: ImpactResolvers<ContextType>;
  ImpactSummary?: ImpactSummaryResolvers<ContextType>;
  ImpactedNode?: ImpactedNodeResolvers<ContextType>;
  ImportGraphPayload?: ImportGraphPayloadResolvers<ContextType>;
  ImportMeasurementsPayload?: ImportMeasurementsPayloadResolvers<ContextType>;
  ImportedIndicator?: ImportedIndicatorResolvers<ContextType>;
  ImportedNodeRef?: ImportedNodeRefResolvers<ContextType>;
  ImportedProposal?: ImportedProposalResolvers<ContextType>;
  ImportedTask?: ImportedTaskResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorAreasPayload?: IndicatorAreasPayloadResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorCoverage?: IndicatorCoverageResolvers<ContextType>;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  IndicatorOwnerPayload?: IndicatorOwnerPayloadResolvers<ContextType>;
  IndicatorPayload?: IndicatorPayloadResolvers<ContextType>;
  IndicatorReview?: IndicatorReviewResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  Law?: LawResolvers<ContextType>;
  LawAmendment?: LawAmendmentResolvers<ContextType>;
  LawConnection?: LawConnectionResolvers<ContextType>;
  LawEdge?: LawEdgeResolvers<ContextType>;
  LawPayload?: LawPayloadResolvers<ContextType>;
  LikelyOwner?: LikelyOwnerResolvers<ContextType>;
  LikelyOwnerEvidence?: LikelyOwnerEvidenceResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  LinkPayload?: LinkPayloadResolvers<ContextType>;
  Measurement?: MeasurementResolvers<ContextType>;
  MeasurementPayload?: MeasurementPayloadResolvers<ContextType>;
  MeasurementRevision?: MeasurementRevisionResolvers<ContextType>;
  MidTermReview?: MidTermReviewResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OutcomeCount?: OutcomeCountResolvers<ContextType>;
  Ownable?: OwnableResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanImportCounts?: PlanImportCountsResolvers<ContextType>;
  PlanImportPreview?: PlanImportPreviewResolvers<ContextType>;
  PlanImportResult?: PlanImportResultResolvers<ContextType>;
  PlanPeriod?: PlanPeriodResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalConnection?: ProposalConnectionResolvers<ContextType>;
  ProposalEdge?: ProposalEdgeResolvers<ContextType>;
  ProposalPayload?: ProposalPayloadResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordMeasurementPayload?: RecordMeasurementPayloadResolvers<ContextType>;
  ReviewedValue?: ReviewedValueResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SkippedLine?: SkippedLineResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetHistoryEntry?: TargetHistoryEntryResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskDrop?: TaskDropResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskOwnerPayload?: TaskOwnerPayloadResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Warning?: WarningResolvers<ContextType>;
};

