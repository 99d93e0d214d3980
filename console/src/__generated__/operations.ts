/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where an amendment stands: proposed, then approved or rejected by an ADMIN other than its proposer. */
export type AmendmentStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED';

export type Comparator =
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE';

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
  contentBase64: string;
  /** The file's name as uploaded, e.g. 桐梓县十五五市场监管规划.docx. Its kind is told by its bytes, else this name: text, a saved web page, .docx or a PDF with text. */
  fileName: string;
  /** The plan's place when its text does not say it plainly: 贵州省/遵义市/桐梓县. */
  jurisdiction?: string | null | undefined;
  /** The key the plan is stored under: lowercase letters, digits and dashes (tz-msm-15). */
  key: string;
};

/** How a warning projects an indicator to its target year. */
export type ProjectionMethod =
  /** Annual targets: the latest year's amount, which the target asks for every year. */
  | 'ANNUAL_AMOUNT'
  /** Growth targets: the compound annual growth from the first to the latest figure, carried to the target year. */
  | 'COMPOUND_GROWTH'
  /** Levels and rates: the least-squares line through the approved figures (and the baseline), read at the target year. */
  | 'LINEAR';

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

type NodeNames_Agency_Fragment = { __typename: 'Agency', name: string, nameEn: string | null, id: string };

type NodeNames_Goal_Fragment = { __typename: 'Goal', code: string, name: string, nameEn: string | null, id: string };

type NodeNames_Indicator_Fragment = { __typename: 'Indicator', code: string, number: number | null, name: string, nameEn: string | null, id: string };

type NodeNames_Law_Fragment = { __typename: 'Law', name: string, nameEn: string | null, id: string };

type NodeNames_Plan_Fragment = { __typename: 'Plan', name: string, nameEn: string | null, id: string };

type NodeNames_Task_Fragment = { __typename: 'Task', code: string, name: string, nameEn: string | null, id: string };

export type NodeNamesFragment =
  | NodeNames_Agency_Fragment
  | NodeNames_Goal_Fragment
  | NodeNames_Indicator_Fragment
  | NodeNames_Law_Fragment
  | NodeNames_Plan_Fragment
  | NodeNames_Task_Fragment
;

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { mayImportPlans: boolean } | null };

export type SearchQueryVariables = Exact<{
  q: string;
}>;


export type SearchQuery = { search: Array<{ kind: string, node:
      | { __typename: 'Agency', name: string, nameEn: string | null, id: string }
      | { __typename: 'Goal', code: string, name: string, nameEn: string | null, id: string }
      | { __typename: 'Indicator', code: string, number: number | null, name: string, nameEn: string | null, id: string }
      | { __typename: 'Law', name: string, nameEn: string | null, id: string }
      | { __typename: 'Plan', name: string, nameEn: string | null, id: string }
      | { __typename: 'Task', code: string, name: string, nameEn: string | null, id: string }
     }> };

export type BoardQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BoardQuery = { indicators: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, number: number | null, name: string, nameEn: string | null, category: string | null, categoryEn: string | null, attribute: IndicatorAttribute | null, source: IndicatorSource, target: { raw: string, kind: TargetKind, value: number | null, unit: string | null, comparator: Comparator | null, year: number | null }, baseline: { value: number, unit: string | null, year: number } | null, ownedBy: Array<{ id: string, name: string, nameEn: string | null }>, measurements: Array<{ year: number, value: number, source: string }> } }> } };

export type IndicatorExtrasQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type IndicatorExtrasQuery = { indicators: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, likelyOwners: Array<{ confidence: number, rule: LikelyOwnerRule, reason: string, quotes: Array<string>, agency: { id: string, name: string, nameEn: string | null }, evidence: Array<{ kind: LikelyOwnerEvidenceKind }> }>, targetHistory: Array<{ origin: TargetOrigin, status: AmendmentStatus, effectiveYear: number, target: { raw: string }, amendment: { reason: string, proposedBy: string } | null }> } }> } };

export type ReviewStatusesQueryVariables = Exact<{
  asOf: number;
}>;


export type ReviewStatusesQuery = { midTermReview: { indicators: Array<{ status: ReviewStatus, expected: number | null, indicator: { id: string }, latest: { year: number, value: number } | null }> } };

export type WarningsQueryVariables = Exact<{
  asOf: number;
}>;


export type WarningsQuery = { warnings: Array<{ projected: number, shortfall: number, required: number, targetYear: number, method: ProjectionMethod, indicator: { id: string } }> };

export type TasksQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type TasksQuery = { tasks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, level: TaskLevel, name: string, nameEn: string | null, parent: { id: string } | null } }> } };

export type TaskDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskDetailQuery = { node:
    | { id: string, code: string, name: string, nameEn: string | null, summary: string | null, text: string | null, provenance: { sectionPath: Array<string>, quote: string }, links: Array<{ relation: RelationKind, direction: LinkDirection, origin: LinkOrigin, node:
          | { __typename: 'Agency', name: string, nameEn: string | null, id: string }
          | { __typename: 'Goal', code: string, name: string, nameEn: string | null, id: string }
          | { __typename: 'Indicator', code: string, number: number | null, name: string, nameEn: string | null, id: string }
          | { __typename: 'Law', name: string, nameEn: string | null, id: string }
          | { __typename: 'Plan', name: string, nameEn: string | null, id: string }
          | { __typename: 'Task', code: string, name: string, nameEn: string | null, id: string }
        , provenance: { sectionPath: Array<string>, quote: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type TaskAssignedQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskAssignedQuery = { node:
    | { links: Array<{ relation: RelationKind, direction: LinkDirection, assignedBy: string | null, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | Record<PropertyKey, never>
   | null };

export type GapsQueryVariables = Exact<{ [key: string]: never; }>;


export type GapsQuery = { gaps: { bindingIndicatorsWithoutOwner: { totalCount: number, edges: Array<{ node: { id: string, number: number | null, code: string, name: string, nameEn: string | null, category: string | null, target: { raw: string } } }> } } };

export type AgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgenciesQuery = { agencies: { edges: Array<{ node: { id: string, name: string, nameEn: string | null } }> } };

export type AssignOwnerMutationVariables = Exact<{
  i: string | number;
  a: string | number;
  s?: boolean | null | undefined;
}>;


export type AssignOwnerMutation = { assignIndicatorOwner: { indicator: { id: string, ownedBy: Array<{ id: string, name: string, nameEn: string | null }> } } };

export type HistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type HistoryQuery = { history: { edges: Array<{ node: { seq: number, at: string, by: string, action: string, entity: string, related: string | null, after: unknown } }> } };

export type PreviewPlanImportMutationVariables = Exact<{
  input: PlanFileInput;
}>;


export type PreviewPlanImportMutation = { previewPlanImport: { key: string, format: PlanFileFormat, title: string, numbering: Array<string>, replaces: boolean, digest: string, warnings: Array<string>, period: { start: number, end: number } | null, jurisdiction: { name: string, level: JurisdictionLevel, parent: string | null }, tasks: Array<{ code: string, level: TaskLevel, name: string, parentCode: string | null, line: number }>, indicators: Array<{ code: string, name: string, category: string | null, attribute: IndicatorAttribute | null, source: IndicatorSource, line: number, target: { raw: string, value: number | null, unit: string | null, kind: TargetKind, comparator: Comparator | null, ceiling: boolean } }>, skipped: Array<{ line: number | null, page: number | null, text: string, reason: string }>, proposals: Array<{ relation: ProposedRelation, confidence: number, evidence: string, quote: string, from: { id: string, label: string, code: string | null, name: string }, to: { id: string, label: string, code: string | null, name: string } }>, counts: { tasks: number, indicators: number, proposals: number, skippedLines: number, nodes: number, edges: number, citations: number, agencies: number } } };

export type ImportPlanFileMutationVariables = Exact<{
  input: PlanFileInput;
  digest: string;
}>;


export type ImportPlanFileMutation = { importPlanFile: { proposalsStored: number, plan: { id: string, name: string }, counts: { tasks: number, indicators: number, nodes: number, proposals: number } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeNamesFragmentDoc = new TypedDocumentString(`
    fragment NodeNames on Node {
  __typename
  id
  ... on Goal {
    code
    name
    nameEn
  }
  ... on Task {
    code
    name
    nameEn
  }
  ... on Indicator {
    code
    number
    name
    nameEn
  }
  ... on Agency {
    name
    nameEn
  }
  ... on Law {
    name
    nameEn
  }
  ... on Plan {
    name
    nameEn
  }
}
    `, {"fragmentName":"NodeNames"}) as unknown as TypedDocumentString<NodeNamesFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    mayImportPlans
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($q: String!) {
  search(query: $q, first: 12) {
    kind
    node {
      ...NodeNames
    }
  }
}
    fragment NodeNames on Node {
  __typename
  id
  ... on Goal {
    code
    name
    nameEn
  }
  ... on Task {
    code
    name
    nameEn
  }
  ... on Indicator {
    code
    number
    name
    nameEn
  }
  ... on Agency {
    name
    nameEn
  }
  ... on Law {
    name
    nameEn
  }
  ... on Plan {
    name
    nameEn
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const BoardDocument = new TypedDocumentString(`
    query Board($after: String) {
  indicators(filter: {source: [TABLE, TEXT]}, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        number
        name
        nameEn
        category
        categoryEn
        attribute
        source
        target {
          raw
          kind
          value
          unit
          comparator
          year
        }
        baseline {
          value
          unit
          year
        }
        ownedBy {
          id
          name
          nameEn
        }
        measurements {
          year
          value
          source
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoardQuery, BoardQueryVariables>;
export const IndicatorExtrasDocument = new TypedDocumentString(`
    query IndicatorExtras($after: String) {
  indicators(filter: {source: [TABLE, TEXT]}, first: 20, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        likelyOwners {
          agency {
            id
            name
            nameEn
          }
          confidence
          rule
          reason
          quotes
          evidence {
            kind
          }
        }
        targetHistory {
          origin
          status
          effectiveYear
          target {
            raw
          }
          amendment {
            reason
            proposedBy
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorExtrasQuery, IndicatorExtrasQueryVariables>;
export const ReviewStatusesDocument = new TypedDocumentString(`
    query ReviewStatuses($asOf: Int!) {
  midTermReview(asOf: $asOf) {
    indicators {
      indicator {
        id
      }
      status
      latest {
        year
        value
      }
      expected
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewStatusesQuery, ReviewStatusesQueryVariables>;
export const WarningsDocument = new TypedDocumentString(`
    query Warnings($asOf: Int!) {
  warnings(asOf: $asOf) {
    indicator {
      id
    }
    projected
    shortfall
    required
    targetYear
    method
  }
}
    `) as unknown as TypedDocumentString<WarningsQuery, WarningsQueryVariables>;
export const TasksDocument = new TypedDocumentString(`
    query Tasks($after: String) {
  tasks(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        level
        name
        nameEn
        parent {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TasksQuery, TasksQueryVariables>;
export const TaskDetailDocument = new TypedDocumentString(`
    query TaskDetail($id: ID!) {
  node(id: $id) {
    ... on Task {
      id
      code
      name
      nameEn
      summary
      text
      provenance {
        sectionPath
        quote
      }
      links {
        relation
        direction
        origin
        node {
          ...NodeNames
        }
        provenance {
          sectionPath
          quote
        }
      }
    }
  }
}
    fragment NodeNames on Node {
  __typename
  id
  ... on Goal {
    code
    name
    nameEn
  }
  ... on Task {
    code
    name
    nameEn
  }
  ... on Indicator {
    code
    number
    name
    nameEn
  }
  ... on Agency {
    name
    nameEn
  }
  ... on Law {
    name
    nameEn
  }
  ... on Plan {
    name
    nameEn
  }
}`) as unknown as TypedDocumentString<TaskDetailQuery, TaskDetailQueryVariables>;
export const TaskAssignedDocument = new TypedDocumentString(`
    query TaskAssigned($id: ID!) {
  node(id: $id) {
    ... on Task {
      links {
        relation
        direction
        node {
          id
        }
        assignedBy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TaskAssignedQuery, TaskAssignedQueryVariables>;
export const GapsDocument = new TypedDocumentString(`
    query Gaps {
  gaps {
    bindingIndicatorsWithoutOwner(first: 100) {
      totalCount
      edges {
        node {
          id
          number
          code
          name
          nameEn
          category
          target {
            raw
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GapsQuery, GapsQueryVariables>;
export const AgenciesDocument = new TypedDocumentString(`
    query Agencies {
  agencies(first: 100) {
    edges {
      node {
        id
        name
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgenciesQuery, AgenciesQueryVariables>;
export const AssignOwnerDocument = new TypedDocumentString(`
    mutation AssignOwner($i: ID!, $a: ID!, $s: Boolean) {
  assignIndicatorOwner(indicator: $i, agency: $a, fromSuggestion: $s) {
    indicator {
      id
      ownedBy {
        id
        name
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssignOwnerMutation, AssignOwnerMutationVariables>;
export const HistoryDocument = new TypedDocumentString(`
    query History($id: ID!) {
  history(of: $id, first: 20) {
    edges {
      node {
        seq
        at
        by
        action
        entity
        related
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryQuery, HistoryQueryVariables>;
export const PreviewPlanImportDocument = new TypedDocumentString(`
    mutation PreviewPlanImport($input: PlanFileInput!) {
  previewPlanImport(input: $input) {
    key
    format
    title
    period {
      start
      end
    }
    jurisdiction {
      name
      level
      parent
    }
    numbering
    replaces
    digest
    warnings
    tasks {
      code
      level
      name
      parentCode
      line
    }
    indicators {
      code
      name
      category
      attribute
      source
      target {
        raw
        value
        unit
        kind
        comparator
        ceiling
      }
      line
    }
    skipped {
      line
      page
      text
      reason
    }
    proposals {
      relation
      confidence
      evidence
      quote
      from {
        id
        label
        code
        name
      }
      to {
        id
        label
        code
        name
      }
    }
    counts {
      tasks
      indicators
      proposals
      skippedLines
      nodes
      edges
      citations
      agencies
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewPlanImportMutation, PreviewPlanImportMutationVariables>;
export const ImportPlanFileDocument = new TypedDocumentString(`
    mutation ImportPlanFile($input: PlanFileInput!, $digest: String!) {
  importPlanFile(input: $input, previewDigest: $digest) {
    plan {
      id
      name
    }
    counts {
      tasks
      indicators
      nodes
      proposals
    }
    proposalsStored
  }
}
    `) as unknown as TypedDocumentString<ImportPlanFileMutation, ImportPlanFileMutationVariables>;