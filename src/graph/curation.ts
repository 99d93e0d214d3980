import { z } from 'zod';
import { AGENCY_KINDS, AGENCY_LEVELS, COMPARATORS, LAW_KINDS, TARGET_KINDS } from './enums';

/** Schemas of the curated YAML files (see seed/README.md); validated before anything touches the database. They live in src/ because the API's curation export (src/proposal/curation.export.ts) writes these files too; the seed reads them from here. */

const quote = z.string().min(2);
const goalCode = z.string().regex(/^G-(OVERALL|VISION|SPECIFIC-\d+|CATEGORY-\d+)$/, 'a goal code such as G-SPECIFIC-3');
const indicatorCode = z.union([z.number().int().positive(), z.string().regex(/^(\d+|T\d+)$/)]).transform(String);

export const planFileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  source: z.string(),
  name: z.string(),
  nameEn: z.string(),
  issuer: z.string().nullable().optional(),
  issuerEn: z.string().nullable().optional(),
  publishedOn: z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  publishedOnQuote: quote.optional(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  quote,
  follows: z
    .array(z.object({ key: z.string(), name: z.string(), nameEn: z.string(), issuer: z.string().nullable().optional(), level: z.string().nullable().optional(), quote }).passthrough())
    .default([]),
  notLaws: z.array(z.object({ text: z.string(), reason: z.string() })).default([]),
  /**
   * The body that answers for the plan's indicators where the text names no one (docs/ownership.md, rule PLAN_BODY):
   * `mention` as `quote` writes it (the bodies the text gives the plan's implementation to), and `agency`, the one of
   * them at the plan's own level, as `levelQuote` writes it. Becomes an IN_REMIT_OF edge from the plan.
   */
  implementedBy: z.array(z.object({ agency: z.string(), mention: z.string(), quote, levelQuote: quote })).default([]),
});

export const goalsFileSchema = z.object({
  goals: z.record(
    goalCode,
    z.object({
      nameEn: z.string(),
      textEn: z.string().optional(),
      correspondsTo: z.array(z.union([goalCode, z.object({ goal: goalCode, quote: quote.optional() })])).optional(),
      quote: quote.optional(),
    }).passthrough(),
  ),
});

const agencyRef = z.object({ agency: z.string(), quote });
const targetSchema = z.object({
  value: z.number().nullable(),
  unit: z.string().nullable().optional(),
  comparator: z.enum(COMPARATORS).nullable(),
  kind: z.enum(TARGET_KINDS),
  year: z.number().int().optional(),
  per: z.string().nullable().optional(),
});

export const indicatorsFileSchema = z.object({
  table: z.record(
    z.string().regex(/^\d+$/),
    z.object({
      nameEn: z.string(),
      measures: z.array(goalCode).default([]),
      baseline: z.object({ value: z.number(), unit: z.string().nullable().optional(), year: z.number().int(), quote, note: z.string().optional() }).nullable().optional(),
      ownedBy: z.array(agencyRef).default([]),
      /** Agencies whose business the plan says the indicator's subject is: evidence for likely owners, not owners. */
      inRemitOf: z.array(agencyRef).default([]),
    }).passthrough(),
  ),
  text: z
    .array(
      z.object({
        code: z.string().regex(/^T\d+$/),
        name: z.string(),
        /** Verbatim pieces of the quote the name joins, where the measure's own words lack their subject. */
        nameParts: z.array(z.string().min(1)).min(2).optional(),
        nameEn: z.string(),
        targetRaw: z.string(),
        target: targetSchema,
        quote,
        task: z.string(),
        measures: z.array(goalCode).default([]),
        category: goalCode.optional(),
        ownedBy: z.array(agencyRef).default([]),
      }).passthrough(),
    )
    .default([]),
});

/**
 * A judgment edge's evidence: the sentence of the task's own text that says it (`quote`), or `heading: true`
 * where the task's heading itself says it. One of the two is required (checked by the builder).
 */
const evidence = { quote: quote.optional(), heading: z.literal(true).optional() };
const goalRef = z.object({ goal: goalCode, ...evidence });

export const taskCurationSchema = z.object({
  nameEn: z.string(),
  summary: z.string().optional(),
  supports: z.array(goalRef).default([]),
  moves: z.array(z.object({ indicator: indicatorCode, ...evidence })).default([]),
  ownedBy: z.array(agencyRef).default([]),
  involves: z.array(agencyRef).default([]),
  basedOn: z.array(z.object({ law: z.string(), quote })).default([]),
}).passthrough();

export const tasksFileSchema = z.record(z.string(), taskCurationSchema);

export const agenciesFileSchema = z.array(
  z.object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    nameEn: z.string(),
    level: z.enum(AGENCY_LEVELS),
    kind: z.enum(AGENCY_KINDS),
    quote: quote.optional(),
  }).passthrough(),
);

export const lawsFileSchema = z.array(
  z.object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    nameEn: z.string(),
    kind: z.enum(LAW_KINDS),
    documentNumber: z.string().nullable().optional(),
    codesAsWritten: z.array(z.string()).default([]),
    quote: quote.optional(),
  }).passthrough(),
);

export type PlanFile = z.infer<typeof planFileSchema>;
export type GoalsFile = z.infer<typeof goalsFileSchema>;
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>;
export type TaskCuration = z.infer<typeof taskCurationSchema>;
export type AgencyEntry = z.infer<typeof agenciesFileSchema>[number];
export type LawEntry = z.infer<typeof lawsFileSchema>[number];
