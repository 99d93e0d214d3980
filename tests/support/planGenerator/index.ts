import { readPlanFile } from '../../../src/importer/read';
import type { PlanDoc, PlanTruth } from '../planDoc';
import { renderDocx, renderHtml, renderPdf } from '../planFiles';
import { generatePlan, type GeneratedPlan, type Numbering, type TemplateOptions } from './generate';
import { Random } from './random';
import { renderTxt, renderWrapped, type TextTable } from './renderText';

export { generatePlan, type GeneratedPlan, type TemplateOptions } from './generate';

/** Turns a generated plan into the text the importer reads (for a file format: render the file, then read it). */
export interface Rendering {
  name: string;
  render(plan: GeneratedPlan): Promise<string> | string;
}

/** One row of the score table: a template (how the plan is written) and a rendering (how it is stored). */
export interface Layout {
  name: string;
  description: string;
  template(seed: number): TemplateOptions;
  rendering: Rendering;
  /** Plans to write (a file format's rows write fewer: rendering and reading a file takes longer). */
  plans?: number;
}

const txt = (table: TextTable | 'ANY'): Rendering => ({
  name: `txt-${table.toLowerCase()}`,
  render: (p) => renderTxt(p.doc, table === 'ANY' ? new Random(p.seed).pick(['CELLS', 'SPACED', 'TABS'] as const) : table, p.seed),
});
const wrapped: Rendering = { name: 'txt-wrapped', render: (p) => renderWrapped(p.doc, p.seed) };
const anyNumbering = (seed: number): Numbering => new Random(seed * 7 + 1).pick(['CHAPTER_SECTION', 'ENUM', 'CHAPTER_ENUM', 'PART_ENUM'] as const);
const base = (numbering: Numbering): TemplateOptions => ({ numbering, indicators: 'TABLE', boxesAnywhere: false, pageChrome: false, junkInside: false });

/** The text layouts: each template rendered as the .txt a scraped page, a Word file or a PDF gives. */
export const TEXT_LAYOUTS: Layout[] = [
  { name: 'chapters', description: '第X章/第X节/（一）/1. like the real plan, a scraped page', template: (s) => ({ ...base('CHAPTER_SECTION'), pageChrome: true, divisionTable: s % 3 === 0 }), rendering: txt('CELLS') },
  { name: 'enum', description: '一、/（一）/1./（1）, no chapters', template: () => base('ENUM'), rendering: txt('ANY') },
  { name: 'chapter-enum', description: '第X章/一、/（一）/①', template: () => ({ ...base('CHAPTER_ENUM'), pageChrome: true }), rendering: txt('ANY') },
  { name: 'table-cells', description: 'indicator table one cell a line; targets listed in the goals, rows named with the period', template: (s) => ({ ...base(anyNumbering(s)), goalTargets: s % 2 === 0 }), rendering: txt('CELLS') },
  { name: 'table-rows', description: 'indicator table one row a line (runs of spaces, single spaces or TABs)', template: (s) => ({ ...base(anyNumbering(s)), twoRowHeader: s % 4 === 1 }), rendering: { name: 'txt-rows', render: (p) => renderTxt(p.doc, (['TABS', 'SPACED', 'SINGLE'] as const)[p.seed % 3], p.seed) } },
  { name: 'listed', description: 'indicators listed (1. 名称：…（约束性）, period phrases)', template: (s) => ({ ...base(anyNumbering(s)), indicators: 'LIST' }), rendering: txt('CELLS') },
  { name: 'boxes', description: '专栏 boxes in every style and place', template: (s) => ({ ...base(anyNumbering(s)), boxesAnywhere: true }), rendering: txt('ANY') },
  { name: 'chrome-junk', description: 'page chrome, chrome lines and injected junk anywhere', template: (s) => ({ ...base(anyNumbering(s)), pageChrome: true, junkInside: true, boxesAnywhere: s % 2 === 0, divisionTable: s % 4 === 0 }), rendering: txt('ANY') },
  { name: 'wrapped', description: 'hard-wrapped PDF-like text (by width or by a count of characters), running headers (the title, after a title page), page numbers', template: (s) => ({ ...base(anyNumbering(s)), boxesAnywhere: s % 2 === 0, bareMarkers: s % 3 !== 0 }), rendering: wrapped },
  { name: 'decimal', description: 'a Word outline 1 / 1.1 / 1.1.1 (run-in or apart), items 1. under it; table or listed indicators, boxes, a division table', template: (s) => ({ ...base('DECIMAL'), indicators: s % 2 === 0 ? 'LIST' : 'TABLE', boxesAnywhere: s % 3 === 0, divisionTable: s % 4 === 1 }), rendering: txt('ANY') },
  { name: 'provincial', description: '第X篇/第X章/第X节; a table with a five-year total column and a 备注 column mostly blank; —— box items; 一是… paragraphs', template: (s) => ({ ...base('PIAN'), provincial: true, boxesAnywhere: s % 2 === 0, twoRowHeader: s % 3 === 0 }), rendering: txt('TABS') },
  { name: 'word-look', description: 'a Word file saved as text: boxes as tables (工程名称 | 主要内容), header cells spaced (指　标), the last plan\'s results table in the background, headings closed by 。', template: (s) => ({ ...base(anyNumbering(s)), wordLook: true, boxesAnywhere: s % 2 === 0 }), rendering: txt('TABS') },
];

/**
 * The templates rendered as a file (docx, html, pdf): one more row each in the score table, named `chapters (docx)`.
 * The wrapped template is a text copy's own and is left out.
 */
export function renderedAs(rendering: Rendering, plans?: number, templates: Layout[] = TEXT_LAYOUTS.filter((l) => l.rendering !== wrapped)): Layout[] {
  return templates.map((l) => ({ ...l, name: `${l.name} (${rendering.name})`, description: `${l.description}, as ${rendering.name}`, rendering, plans }));
}

/** The file formats: the plan rendered as the file (tests/support/planFiles.ts) and read back as plan:import reads it. */
export const FILE_RENDERINGS = {
  html: { name: 'html', render: async (p) => (await readPlanFile(Buffer.from(renderHtml(p.doc)), 'plan.html')).text },
  docx: { name: 'docx', render: async (p) => (await readPlanFile(await renderDocx(p.doc), 'plan.docx')).text },
  pdf: { name: 'pdf', render: async (p) => (await readPlanFile(await renderPdf(p.doc), 'plan.pdf')).text },
} satisfies Record<string, Rendering>;

/** The layouts the score table reports, each apart, and the unit test holds at 98%: text, web pages, Word files. */
export const LAYOUTS: Layout[] = [...TEXT_LAYOUTS, ...renderedAs(FILE_RENDERINGS.html, 10), ...renderedAs(FILE_RENDERINGS.docx, 10)];
/** PDFs (slower to write and read): scored by `npm run plan:score`, not held to the aim yet (docs/importer.md). */
export const PDF_LAYOUTS: Layout[] = renderedAs(FILE_RENDERINGS.pdf, 5);

/** One generated plan of a layout, rendered: the text to import and the truth to score it against. */
export interface RenderedPlan {
  layout: string;
  seed: number;
  doc: PlanDoc;
  truth: PlanTruth;
  text: string;
}

/** `count` plans of the layout, seeds 1…count offset by the layout's place (the same plans on every run). */
export async function generateLayout(layout: Layout, count: number): Promise<RenderedPlan[]> {
  // Seeds are the template's (its place among the text layouts): a template rendered as docx writes the same plans.
  const template = TEXT_LAYOUTS.findIndex((l) => l.template === layout.template);
  const out: RenderedPlan[] = [];
  for (let k = 1; k <= (layout.plans ?? count); k++) {
    const seed = (template + 1) * 10_000 + k;
    const plan = generatePlan(seed, layout.template(seed));
    out.push({ layout: layout.name, seed, doc: plan.doc, truth: plan.truth, text: await layout.rendering.render(plan) });
  }
  return out;
}
