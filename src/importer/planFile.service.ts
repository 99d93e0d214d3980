import { createHash } from 'node:crypto';
import { trackImport } from '../metrics/progress';
import type { GraphGateway } from '../db/gateway';
import { BadUserInputError, PayloadTooLargeError, PlanImportRefusedError, PreviewStaleError } from '../errors';
import type { ProposedRelation, TaskLevel } from '../__generated__/resolvers-types';
import { sizeInBytes } from '../http/bodyLimits';
import type { Registry } from './build';
import { prepareImport, storeImport, type PreparedImport } from './importer';
import { readPlanFile, type PlanSource } from './read';
import { readStoredPlanState, type StoredPlanState } from './planFile.repository';
import { ImportRefusedError } from './refused';
import type { ImportedText } from './parse/model';
import type { ImportedTarget } from './parse/target';

/** A plan's file as uploaded: PlanFileInput. */
export interface PlanFileUpload {
  fileName: string;
  contentBase64: string;
  key: string;
  jurisdiction?: string | null;
}

/** A plan's file read to the text the parser takes. */
export interface ReadPlanFile {
  format: PlanSource['format'];
  text: string;
  /** What reading the file left out (running headers, page numbers…), listed with the skipped lines. */
  removed: SkippedLineModel[];
  warnings: string[];
}

/** A line (or piece of the file) left out of the plan, and why. */
export interface SkippedLineModel {
  /** Its line in the text read from the file; null for what reading the file left out before lines were numbered. */
  line: number | null;
  /** The PDF page it stood on. */
  page: number | null;
  text: string;
  reason: string;
}

/** One end of a proposed edge as the preview names it. */
export interface NodeRef {
  id: string;
  label: string;
  code: string | null;
  name: string;
}

/** Counts a preview and an import report. */
export interface PlanImportCounts {
  tasks: number;
  goals: number;
  indicators: number;
  tableIndicators: number;
  textIndicators: number;
  citations: number;
  agencies: number;
  newAgencies: number;
  laws: number;
  newLaws: number;
  proposals: number;
  skippedLines: number;
  nodes: number;
  edges: number;
}

/** PlanImportPreview as the resolvers return it. */
export interface PlanImportPreviewModel {
  key: string;
  fileName: string;
  format: PlanSource['format'];
  title: string;
  period: { start: number; end: number } | null;
  jurisdiction: { key: string; name: string; level: 'PROVINCE' | 'CITY' | 'COUNTY'; parent: string | null };
  numbering: string[];
  replaces: boolean;
  tasks: { code: string; level: TaskLevel; name: string; parentCode: string | null; line: number }[];
  indicators: {
    code: string;
    name: string;
    category: string | null;
    attribute: 'BINDING' | 'EXPECTED' | null;
    source: 'TABLE' | 'TEXT';
    target: ImportedTarget;
    quote: string;
    line: number;
  }[];
  skipped: SkippedLineModel[];
  warnings: string[];
  proposals: { relation: ProposedRelation; from: NodeRef; to: NodeRef; confidence: number; evidence: string; quote: string }[];
  counts: PlanImportCounts;
  digest: string;
}

/** What a confirmed import stored. */
export interface PlanImportResultModel {
  planId: string;
  counts: PlanImportCounts;
  proposalsStored: number;
  proposalsAlreadyJudged: number;
  digest: string;
}

/** How the service reads files and names nodes it did not build (a followed plan's indicators). */
export interface PlanFileDeps {
  maxFileBytes: number;
  registry?: Registry;
  /** Names of nodes already stored, for proposals that reach them. */
  namesOf?: (ids: string[]) => Promise<Map<string, { code: string | null; name: string }>>;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
// More than this share of the body's lines left unread, and the preview says so loudly.
const SKIPPED_SHARE_WARNING = 0.05;
const NUMBERED_HEADING = /^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节篇部分]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|\d+[、．.](?!\d))/;

/** The file's bytes from base64, refusing what is not base64 (BAD_USER_INPUT) and what is over the file limit (PAYLOAD_TOO_LARGE). */
export function decodeUpload(upload: PlanFileUpload, maxFileBytes: number): Buffer {
  const base64 = upload.contentBase64.replace(/\s+/g, '');
  // Checked before decoding: base64 holds 3 bytes in every 4 characters.
  if (Math.floor((base64.length * 3) / 4) > maxFileBytes + 2) {
    throw new PayloadTooLargeError(`the file is larger than this server imports (MAX_PLAN_FILE, ${Math.round(maxFileBytes / 1024 / 1024)} MB); import it with the CLI (npm run plan:import)`);
  }
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) throw new BadUserInputError('contentBase64 is not base64: send the file\'s bytes base64-encoded', { argument: 'contentBase64' });
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > maxFileBytes) throw new PayloadTooLargeError(`the file is larger than this server imports (MAX_PLAN_FILE, ${Math.round(maxFileBytes / 1024 / 1024)} MB)`);
  return bytes;
}

const REMOVED_REASONS: Record<string, string> = {
  script: 'a web page\'s script',
  style: 'a web page\'s style sheet',
  noscript: 'a web page\'s noscript text',
  template: 'a web page\'s template',
  head: 'the web page\'s head (its title is repeated in the body)',
  hidden: 'hidden on the web page',
  image: 'a picture (its alt text)',
  'docx-header-footer': 'a page header or footer of the Word file',
  'docx-numbering-approximate': 'Word\'s list numbers could not be matched: items numbered 1. 2. … per list',
  'running-header': 'a running header repeated on the PDF\'s pages',
  'running-footer': 'a running footer repeated on the PDF\'s pages',
  'page-number': 'a page number',
  'no-text-layer': 'a PDF page without text (scanned or drawn)',
};

/** Reads a plan's file (text, web page, Word, PDF) to the text the parser reads, with what reading left out. */
export async function readUploadedFile(bytes: Buffer, fileName: string): Promise<ReadPlanFile> {
  const source = await readPlanFile(bytes, fileName);
  const removed = source.removed.map((r) => ({ line: null, page: r.page ?? null, text: r.text, reason: REMOVED_REASONS[r.reason] ?? r.reason }));
  const warnings: string[] = [];
  if (source.removed.some((r) => r.reason === 'no-text-layer')) warnings.push('some pages of the PDF have no text (scanned?): their content is not imported');
  if (source.removed.some((r) => r.reason === 'docx-numbering-approximate')) warnings.push('Word\'s list numbers could not be matched to the paragraphs: list items were numbered 1. 2. … per list; check the outline');
  return { format: source.format, text: source.text, removed, warnings };
}

/** JSON with object keys sorted, so equal data digests equally whatever order it was built in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SHA-256 of what the import would write (nodes, parsed edges, proposals) and of what is stored under its key now. */
export function importDigest(prepared: PreparedImport, stored: StoredPlanState): string {
  const { graph, proposals } = prepared.build;
  const byId = <T>(rows: T[], id: (row: T) => string) => [...rows].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  const content = {
    key: prepared.key,
    nodes: byId(graph.nodes, (n) => n.id),
    edges: byId(graph.edges, (e) => `${e.from}|${e.type}|${e.to}`),
    proposals: byId(proposals, (p) => `${p.relation}|${p.from}|${p.to}|${p.quote}`),
    stored,
  };
  return createHash('sha256').update(canonical(content)).digest('hex');
}

function countsOf(prepared: PreparedImport, skipped: number): PlanImportCounts {
  const { text, build } = prepared;
  const nodes = build.graph.nodes;
  const table = text.indicators.filter((i) => i.source === 'TABLE').length;
  return {
    tasks: text.tasks.length,
    goals: nodes.filter((n) => n.label === 'Goal').length,
    indicators: text.indicators.length,
    tableIndicators: table,
    textIndicators: text.indicators.length - table,
    citations: text.citations.length,
    agencies: nodes.filter((n) => n.label === 'Agency').length,
    newAgencies: build.newAgencies.length,
    laws: nodes.filter((n) => n.label === 'Law').length,
    newLaws: build.newLaws.length,
    proposals: build.proposals.length,
    skippedLines: skipped,
    nodes: nodes.length,
    edges: build.graph.edges.length,
  };
}

/**
 * Everything the plan leaves out: what reading the file removed (running headers, page numbers, scripts…), page
 * chrome before and after the body, lines in it the parser could not read, and injected junk.
 */
function skippedLines(prepared: PreparedImport, read: ReadPlanFile): SkippedLineModel[] {
  const { text } = prepared;
  // A parser that lists every line it left out itself (issue 23's parser work) is taken at its word.
  const listed = (text as ParserReport).skipped;
  if (listed) return [...read.removed, ...listed.map((u) => ({ line: u.line, page: null, text: u.text, reason: u.reason }))];
  const skipped: SkippedLineModel[] = [];
  read.text.split(/\r?\n/).forEach((line, i) => {
    const n = i + 1;
    if (!line.trim() || n === text.titleLine) return;
    if (n < text.bodyStart) skipped.push({ line: n, page: null, text: line.trim(), reason: 'page chrome before the body' });
    else if (n > text.bodyEnd) skipped.push({ line: n, page: null, text: line.trim(), reason: 'page chrome after the body' });
  });
  for (const u of text.unread) skipped.push({ line: u.line, page: null, text: u.text, reason: u.reason });
  skipped.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  const junk = text.junk.map((j) => ({ line: null, page: null, text: j, reason: 'junk the page injected, left out wherever it stands' }));
  return [...read.removed, ...junk, ...skipped];
}

/** What a planner should look at before confirming: text the reader left out, a numbered heading skipped, many lines skipped. */
function warningsOf(prepared: PreparedImport, read: ReadPlanFile): string[] {
  const { text } = prepared;
  const warnings = [...read.warnings];
  const own = (text as ParserReport).warnings;
  if (own) warnings.push(...own);
  else warningsOfText(prepared, warnings);
  if (prepared.replaces) warnings.push(`a plan is stored under the key "${prepared.key}" already: confirming replaces it`);
  if (prepared.build.foreignAgencies.length) warnings.push(`other places' agencies named, not attached: ${prepared.build.foreignAgencies.join('、')}`);
  return warnings;
}

/** The parser's warnings where it gives none itself: a numbered heading left unread, a share of the body unread, no indicator. */
function warningsOfText(prepared: PreparedImport, warnings: string[]): void {
  const { text } = prepared;
  const headings = text.unread.filter((u) => NUMBERED_HEADING.test(u.text));
  if (headings.length) warnings.push(`${headings.length} numbered heading(s) not read into the structure: ${headings.slice(0, 5).map((h) => `line ${h.line} 「${h.text.slice(0, 30)}」`).join(', ')}`);
  const bodyLines = Math.max(1, text.bodyEnd - text.bodyStart + 1);
  if (text.unread.length / bodyLines > SKIPPED_SHARE_WARNING) warnings.push(`${text.unread.length} of ${bodyLines} body lines (${Math.round((100 * text.unread.length) / bodyLines)}%) could not be read`);
  if (!text.indicators.length) warnings.push('no indicator found: neither an indicator table nor a target in the text');
}

/** What a parser that reports every left-out line and its own warnings adds to ImportedText (optional until it lands). */
type ParserReport = ImportedText & { skipped?: { line: number; text: string; reason: string }[]; warnings?: string[] };

const MARKER_NAMES: Record<string, string> = { DECIMAL_1: '1', DECIMAL_2: '1.1', DECIMAL_3: '1.1.1', PIAN_ZH: '第一篇', PART_ZH: '第一部分', CHAPTER_ZH: '第一章', SECTION_ZH: '第一节', ENUM_ZH: '一、', PAREN_ZH: '（一）', NUMBER: '1.', PAREN_NUMBER: '（1）', CIRCLED: '①' };

/**
 * Planners' imports: a plan's file previewed (a dry run: the import built and checked, nothing written) and then
 * imported as previewed. The preview's digest covers what would be written and what the key holds now; the import
 * rebuilds from the file and refuses PREVIEW_STALE when its digest differs, so what is stored is what was shown.
 */
export class PlanFileImports {
  constructor(
    private readonly db: GraphGateway,
    private readonly deps: PlanFileDeps,
  ) {}

  /** maxFileBytes from the configuration's MAX_PLAN_FILE. */
  static maxFileBytes(size: string): number {
    return sizeInBytes(size);
  }

  private async prepare(upload: PlanFileUpload): Promise<{ prepared: PreparedImport; read: ReadPlanFile; digest: string }> {
    const bytes = decodeUpload(upload, this.deps.maxFileBytes);
    try {
      const read = await readUploadedFile(bytes, upload.fileName);
      const prepared = await prepareImport(this.db, read.text, upload.key, this.deps.registry, { jurisdiction: upload.jurisdiction ?? undefined });
      const digest = importDigest(prepared, await readStoredPlanState(this.db, upload.key));
      return { prepared, read, digest };
    } catch (error) {
      throw refusal(error);
    }
  }

  /** What importing the file would do; writes nothing. */
  async preview(upload: PlanFileUpload): Promise<PlanImportPreviewModel> {
    const { prepared, read, digest } = await this.prepare(upload);
    const { text, build } = prepared;
    const skipped = skippedLines(prepared, read);
    const built = new Map(build.graph.nodes.map((n) => [n.id, n]));
    const elsewhere = build.proposals.flatMap((p) => [p.from, p.to]).filter((id) => !built.has(id));
    const stored = elsewhere.length && this.deps.namesOf ? await this.deps.namesOf([...new Set(elsewhere)]) : new Map<string, { code: string | null; name: string }>();
    const ref = (id: string): NodeRef => {
      const node = built.get(id);
      const label = id.slice(0, id.indexOf(':'));
      if (node) return { id, label, code: (node.props.code as string | undefined) ?? null, name: String(node.props.name ?? id) };
      const known = stored.get(id);
      return { id, label, code: known?.code ?? null, name: known?.name ?? id };
    };
    const proposals = [...build.proposals]
      .sort((a, b) => b.confidence - a.confidence || a.relation.localeCompare(b.relation) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
      .map((p) => ({ relation: p.relation, from: ref(p.from), to: ref(p.to), confidence: p.confidence, evidence: p.evidence, quote: p.quote }));
    const j = build.jurisdiction;
    return {
      key: prepared.key,
      fileName: upload.fileName,
      format: read.format,
      title: text.title,
      period: text.period ? { start: text.period.start, end: text.period.end } : null,
      jurisdiction: { key: j.key, name: j.name, level: j.level, parent: j.parent?.name ?? null },
      numbering: text.style.map((k) => MARKER_NAMES[k] ?? k),
      replaces: prepared.replaces,
      tasks: text.tasks.map((t) => ({ code: t.code, level: t.level, name: t.name, parentCode: t.parentCode, line: t.line })),
      indicators: text.indicators.map((i) => ({ code: i.code, name: i.name, category: i.category, attribute: i.attribute, source: i.source, target: i.target, quote: i.quote, line: i.line })),
      skipped,
      warnings: warningsOf(prepared, read),
      proposals,
      counts: countsOf(prepared, skipped.length),
      digest,
    };
  }

  /** Imports the file as previewed (all or nothing, one audit entry naming `by`); PREVIEW_STALE when the digest differs. */
  async confirm(upload: PlanFileUpload, previewDigest: string, by: string): Promise<PlanImportResultModel> {
    const { prepared, read, digest } = await this.prepare(upload);
    if (digest !== previewDigest) {
      throw new PreviewStaleError('the file or the database changed since the preview (its digest differs): preview the file again, then confirm');
    }
    let stored;
    try {
      stored = await trackImport('plan_file', async (progress) => {
        const written = await storeImport(this.db, prepared, { by });
        progress.advance(prepared.build.graph.nodes.length + prepared.build.graph.edges.length);
        return written;
      });
    } catch (error) {
      throw refusal(error);
    }
    return {
      planId: `Plan:${prepared.key}`,
      counts: countsOf(prepared, skippedLines(prepared, read).length),
      proposalsStored: stored.stored,
      proposalsAlreadyJudged: stored.judged,
      digest,
    };
  }
}

/** The importer's refusals as GraphQL errors with their code (the importer's own when it names one); anything else unchanged. */
function refusal(error: unknown): unknown {
  if (error instanceof ImportRefusedError) {
    const code = (error as ImportRefusedError & { code?: unknown }).code;
    return new PlanImportRefusedError(`${error.message}; nothing was stored`, typeof code === 'string' ? code : 'IMPORT_REFUSED');
  }
  return error;
}
