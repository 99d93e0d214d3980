/**
 * How many items each plain list field of the schema may return: the one table the node count prices by and
 * `capLists` enforces. A Relay connection is bounded by its page (`first`, MAX_PAGE_SIZE) and is not listed here.
 *
 * `first: true` marks a list that grows with the data: its SDL takes `first: Int` (default and maximum: the cap),
 * so a client can ask for fewer. The others are bounded by construction (an enum's values, a path no longer than
 * a walk's depth, a plan's heading levels); their cap is that bound, enforced all the same in case data breaks it.
 * Caps are chosen above what a large plan holds (the seeded plan's largest, e.g. a goal's 86 supporting tasks,
 * is far below its cap), so truncation is a backstop, never the normal case.
 */
export interface ListCap {
  /** Most items returned; also what pricing assumes when `first` is not given. */
  cap: number;
  /** The field takes `first: Int` (lists that grow with the data). */
  first?: true;
  /** Why a list without `first` is bounded anyway. */
  why?: string;
  /**
   * A grouping (the review by goal, by agency …): its groups' `field` lists hold at most `total` items together,
   * however many groups there are. Priced so, and enforced so (a group's list is cut once the total is reached).
   */
  share?: { field: string; total: number };
}

const grows = (cap: number): ListCap => ({ cap, first: true });
// An indicator sits in one group per goal it measures or agency owning it; a plan's average is under two.
const groups = (cap: number, total: number): ListCap => ({ cap, first: true, share: { field: 'indicators', total } });
const bounded = (cap: number, why: string): ListCap => ({ cap, why });

const OWNED = 1_000; // what one agency owns or takes part in, across a plan's tasks
const LINKS = 1_000; // one node's edges of every kind
const REVIEWED = 2_000; // indicators of one plan in a review
const BY_GOAL = 300; // groups of a review: goals and agencies of one plan
const WHAT_IF = 2_000; // what one change reaches, per kind
const COUNTS = bounded(12, 'one count per status or outcome (an enum of fewer values)');
const WALK = bounded(8, 'one entry per step of a walk no deeper than 6 (impact) or 4 (likely owners), plus its ends');

/** Every plain list field, as `Type.field`. The unit test fails when the schema has one this table misses. */
export const LIST_CAPS: Record<string, ListCap> = {
  'Query.plans': grows(100),
  'Query.submittedMeasurements': grows(1_000),
  'Query.curationExport': grows(200),
  'Query.warnings': grows(REVIEWED),
  // search takes its own `first` (default 20, maximum MAX_PAGE_SIZE) and nodes(ids) returns one per id: both priced by their arguments.
  'Query.search': bounded(0, 'its own first, at most MAX_PAGE_SIZE'),
  'Query.nodes': bounded(0, 'one per id asked for (priced by the length of ids)'),

  'Plan.follows': grows(20),
  'Plan.links': grows(LINKS),
  'Provenance.sectionPath': bounded(12, 'a plan’s heading levels: chapter, section, subsection, box'),

  'Agency.aliases': grows(50),
  'Agency.owns': grows(OWNED),
  'Agency.ownedTasks': grows(OWNED),
  'Agency.ownedIndicators': grows(500),
  'Agency.involvedIn': grows(OWNED),
  'Agency.links': grows(LINKS),

  'Law.aliases': grows(50),
  'Law.basisOf': grows(OWNED),
  'Law.links': grows(LINKS),

  'Goal.measuredBy': grows(200),
  'Goal.supportedBy': grows(500),
  'Goal.correspondsTo': grows(50),
  'Goal.links': grows(LINKS),

  'Task.children': grows(500),
  'Task.supports': grows(20),
  'Task.ownedBy': grows(20),
  'Task.involves': grows(50),
  'Task.basedOn': grows(50),
  'Task.moves': grows(50),
  'Task.coverage': grows(50),
  'Task.links': grows(LINKS),
  'IndicatorCoverage.movedBy': grows(500),

  'Indicator.targetHistory': grows(100),
  'Indicator.areas': grows(100),
  'Indicator.areaYears': grows(200),
  'Indicator.measures': grows(50),
  'Indicator.ownedBy': grows(10),
  'Indicator.movedBy': grows(500),
  'Indicator.links': grows(LINKS),
  'Indicator.likelyOwners': grows(10),
  'Indicator.continues': grows(20),
  'Indicator.continuedBy': grows(20),
  'Indicator.alignsWith': grows(50),
  'Indicator.measurements': grows(1_000),
  'Indicator.measurementRevisions': grows(1_000),
  'AreaYear.figures': grows(100),
  'AreaYear.missingAreas': grows(100),

  'LikelyOwner.path': WALK,
  'LikelyOwner.quotes': WALK,
  'LikelyOwner.evidence': grows(20),
  'LikelyOwnerEvidence.path': WALK,
  'LikelyOwnerEvidence.quotes': WALK,

  'Impact.affected': grows(5_000),
  'ImpactedNode.path': WALK,
  'ImpactedNode.via': WALK,
  'ImpactedNode.quotes': WALK,
  'ImpactSummary.byKind': bounded(12, 'one count per kind of node'),
  'AgencyDissolution.tasksLosingOnlyOwner': grows(WHAT_IF),
  'AgencyDissolution.indicatorsLosingOnlyOwner': grows(WHAT_IF),
  'AgencyDissolution.tasksKeepingAnOwner': grows(WHAT_IF),
  'AgencyDissolution.tasksLosingAParticipant': grows(WHAT_IF),
  'TaskDrop.dropped': grows(WHAT_IF),
  'TaskDrop.goalsLosingAllSupport': grows(WHAT_IF),
  'TaskDrop.goalsLosingSomeSupport': grows(WHAT_IF),
  'TaskDrop.indicatorsLosingEveryTask': grows(WHAT_IF),
  'LawAmendment.tasks': grows(WHAT_IF),
  'LawAmendment.leadAgencies': grows(WHAT_IF),
  'LawAmendment.participatingAgencies': grows(WHAT_IF),
  'LawAmendment.indicators': grows(WHAT_IF),

  'MidTermReview.indicators': grows(REVIEWED),
  'MidTermReview.statusCounts': COUNTS,
  'MidTermReview.bindingStatusCounts': COUNTS,
  'MidTermReview.byGoal': groups(BY_GOAL, 2 * REVIEWED),
  'MidTermReview.byAgency': groups(BY_GOAL, 2 * REVIEWED),
  'MidTermReview.byLikelyOwner': groups(BY_GOAL, REVIEWED), // one group per ownerless indicator
  'GoalReview.indicators': grows(200),
  'GoalReview.statusCounts': COUNTS,
  'GoalReview.bindingStatusCounts': COUNTS,
  'AgencyReview.indicators': grows(200),
  'AgencyReview.statusCounts': COUNTS,
  'AgencyReview.bindingStatusCounts': COUNTS,
  'IndicatorReview.continuation': grows(5), // an indicator continues into the next plan's one, or a few when split
  'Continuation.measurements': grows(40), // the next plan's figures: a year each, a few years in
  'Warning.basis': grows(100),

  'FinalReview.indicators': grows(REVIEWED),
  'FinalReview.outcomeCounts': COUNTS,
  'FinalReview.bindingOutcomeCounts': COUNTS,
  'FinalReview.amendments': grows(1_000),
  'FinalReview.byGoal': groups(BY_GOAL, 2 * REVIEWED),
  'FinalReview.byAgency': groups(BY_GOAL, 2 * REVIEWED),
  'GoalFinalReview.indicators': grows(200),
  'GoalFinalReview.outcomeCounts': COUNTS,
  'GoalFinalReview.bindingOutcomeCounts': COUNTS,
  'AgencyFinalReview.indicators': grows(200),
  'AgencyFinalReview.outcomeCounts': COUNTS,
  'AgencyFinalReview.bindingOutcomeCounts': COUNTS,
  'FinalIndicatorReview.targetHistory': grows(100),
  'FinalIndicatorReview.continuation': grows(5),

  // A plan's file previewed for import: caps far above a large plan's (the seeded plan: 186 tasks, 90 indicators, about 600 proposals).
  'PlanImportPreview.numbering': bounded(7, 'one per numbering style the importer knows (第一章 … ①)'),
  'PlanImportPreview.tasks': grows(5_000),
  'PlanImportPreview.indicators': grows(2_000),
  'PlanImportPreview.skipped': grows(10_000),
  'PlanImportPreview.warnings': grows(100),
  'PlanImportPreview.proposals': grows(10_000),
};
