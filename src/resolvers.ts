import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Resolvers } from './__generated__/resolvers-types';
import { Agency, agencyQueries } from './agency/agency.resolvers';
import { Amendment, amendmentMutations, IndicatorAmendmentFields } from './amendment/amendment.resolvers';
import { Gaps, gapsQueries } from './analysis/gaps.resolvers';
import { figureMutations, figureQueries, IndicatorFigureFields, MeasurementFigureFields } from './figure/figure.resolvers';
import { FinalIndicatorReview, FinalReview, finalQueries } from './final/final.resolvers';
import { Goal, goalQueries } from './goal/goal.resolvers';
import { Impact, impactQueries } from './impact/impact.resolvers';
import { importerMutations, PlanImportResult } from './importer/importer.resolvers';
import { Indicator, indicatorQueries } from './indicator/indicator.resolvers';
import { IndicatorCoverage, TaskCoverageFields } from './rollup/rollup.resolvers';
import { Law, lawQueries } from './law/law.resolvers';
import { AgencyVersion, Change, GoalVersion, IndicatorVersion, integrationMutations, integrationQueries, LawVersion, TaskVersion } from './integration/integration.resolvers';
import { Link } from './link/link.resolvers';
import { Node, nodeQueries, Ownable } from './node/node.resolvers';
import { GapsOwnershipFields, IndicatorOwnershipFields, LikelyOwner, LikelyOwnerEvidence, MidTermReviewOwnershipFields } from './ownership/ownership.resolvers';
import { ownershipMutations } from './ownership/owner.mutations';
import { Plan, planQueries } from './plan/plan.resolvers';
import { Continuation, FinalIndicatorReviewContinuity, IndicatorContinuity, IndicatorReviewContinuity } from './proposal/continuity.resolvers';
import { Proposal, proposalMutations, proposalQueries } from './proposal/proposal.resolvers';
import { IndicatorReviewFields, Measurement, MeasurementRevision, MidTermReview, reviewMutations, reviewQueries } from './review/review.resolvers';
import { SearchHit, searchQueries } from './search/search.resolvers';
import { Task, taskQueries } from './task/task.resolvers';
import { warningQueries } from './warning/warning.resolvers';
import { viewerQueries } from './auth/viewer.resolvers';

/** Every domain's resolvers, merged into one map. */
export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query: {
    ...nodeQueries,
    ...planQueries,
    ...goalQueries,
    ...indicatorQueries,
    ...taskQueries,
    ...agencyQueries,
    ...lawQueries,
    ...searchQueries,
    ...impactQueries,
    ...reviewQueries,
    ...gapsQueries,
    ...integrationQueries,
    ...figureQueries,
    ...warningQueries,
    ...finalQueries,
    ...proposalQueries,
    ...viewerQueries,
  },
  Mutation: {
    _noop: () => null,
    ...reviewMutations,
    ...ownershipMutations,
    ...integrationMutations,
    ...amendmentMutations,
    ...figureMutations,
    ...proposalMutations,
    ...importerMutations,
  },
  Proposal,
  PlanImportResult,
  Node,
  Ownable,
  Plan,
  Goal: { ...Goal, ...GoalVersion },
  Indicator: { ...Indicator, ...IndicatorReviewFields, ...IndicatorVersion, ...IndicatorOwnershipFields, ...IndicatorAmendmentFields, ...IndicatorFigureFields, ...IndicatorContinuity },
  Task: { ...Task, ...TaskVersion, ...TaskCoverageFields },
  Agency: { ...Agency, ...AgencyVersion },
  Law: { ...Law, ...LawVersion },
  SearchHit,
  Impact,
  Measurement: { ...Measurement, ...MeasurementFigureFields },
  MeasurementRevision,
  MidTermReview: { ...MidTermReview, ...MidTermReviewOwnershipFields },
  Amendment,
  FinalReview,
  FinalIndicatorReview: { ...FinalIndicatorReview, ...FinalIndicatorReviewContinuity },
  IndicatorReview: IndicatorReviewContinuity,
  Continuation,
  Link,
  Gaps: { ...Gaps, ...GapsOwnershipFields },
  LikelyOwner,
  LikelyOwnerEvidence,
  IndicatorCoverage,
  Change,
};
