import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed resolvers from schema/; output only under src/__generated__/ (committed, checked current in CI). */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    // The typed client's documents: the shared contract's operations plus the client's own.
    'client/src/__generated__/operations.ts': {
      documents: ['contract/*.graphql', 'client/operations/*.graphql'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { useTypeImports: true, strictScalars: true, scalars: { DateTime: 'string', JSON: 'unknown' }, enumsAsTypes: true, onlyOperationTypes: true },
    },
    // The union and interface members, for Apollo Client's InMemoryCache({ possibleTypes }).
    'client/src/__generated__/possibleTypes.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
    // The console's view of the schema, fixed at build time (production answers no introspection): which types a
    // union or interface holds, and every enum's values (console/src/i18n.ts labels each one, checked by tsc).
    'console/src/__generated__/possibleTypes.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
    'console/src/__generated__/operations.ts': {
      documents: ['console/operations/*.graphql'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { useTypeImports: true, strictScalars: true, scalars: { DateTime: 'string', JSON: 'unknown' }, enumsAsTypes: true, onlyOperationTypes: true, documentMode: 'string' },
    },
    'console/src/__generated__/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true, useTypeImports: true },
    },
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        contextType: '../context#GraphContext',
        useIndexSignature: false,
        mappers: {
          Plan: '../plan/plan.model#PlanModel',
          Goal: '../goal/goal.model#GoalModel',
          Indicator: '../indicator/indicator.model#IndicatorModel',
          Task: '../task/task.model#TaskModel',
          Agency: '../agency/agency.model#AgencyModel',
          Law: '../law/law.model#LawModel',
          Measurement: '../review/review.model#MeasurementModel',
          IndicatorReview: '../review/review.model#IndicatorReviewModel',
          MidTermReview: '../review/review.model#MidTermReviewModel',
          GoalReview: '../review/review.model#GoalReviewModel',
          AgencyReview: '../review/review.model#AgencyReviewModel',
          ImpactedNode: '../impact/impact.model#ImpactedNodeModel',
          Impact: '../impact/impact.model#ImpactModel',
          AgencyDissolution: '../impact/impact.model#AgencyDissolutionModel',
          TaskDrop: '../impact/impact.model#TaskDropModel',
          LawAmendment: '../impact/impact.model#LawAmendmentModel',
          SearchHit: '../search/search.model#SearchHitModel',
          Link: '../link/link.model#LinkModel',
          Change: '../audit/audit.model#ChangeModel',
          AgencyPayload: '../integration/integration.model#AgencyPayloadModel',
          LawPayload: '../integration/integration.model#LawPayloadModel',
          GoalPayload: '../integration/integration.model#GoalPayloadModel',
          TaskPayload: '../integration/integration.model#TaskPayloadModel',
          IndicatorPayload: '../integration/integration.model#IndicatorPayloadModel',
          LinkPayload: '../integration/integration.model#LinkPayloadModel',
          Gaps: '../analysis/gaps.model#GapsModel',
          LikelyOwner: '../ownership/ownership.model#LikelyOwnerModel',
          LikelyOwnerEvidence: '../ownership/ownership.model#LikelyOwnerEvidenceModel',
          IndicatorCoverage: '../rollup/rollup.model#IndicatorCoverageModel',
          Amendment: '../amendment/amendment.model#AmendmentModel',
          TargetHistoryEntry: '../amendment/amendment.model#TargetHistoryEntryModel',
          AreaYear: '../figure/figure.model#AreaYearModel',
          Warning: '../warning/warning.model#WarningModel',
          FinalReview: '../final/final.model#FinalReviewModel',
          FinalIndicatorReview: '../final/final.model#FinalIndicatorReviewModel',
          GoalFinalReview: '../final/final.model#GoalFinalReviewModel',
          AgencyFinalReview: '../final/final.model#AgencyFinalReviewModel',
          Proposal: '../proposal/proposal.model#ProposalModel',
          Continuation: '../proposal/proposal.model#ContinuationModel',
          CurationFile: '../proposal/curation.export#CurationFileModel',
          PlanImportPreview: '../importer/planFile.service#PlanImportPreviewModel',
          PlanImportResult: '../importer/planFile.service#PlanImportResultModel',
        },
      },
    },
  },
};

export default config;
