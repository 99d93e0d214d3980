/**
 * A Word document (.docx) as lines: mammoth turns the body into HTML (Word tables stay tables), which the web-page
 * reader reads. Word's automatic list numbers are put back in front of their paragraphs (wordNumbering.ts); page
 * headers and footers, which mammoth does not read, are listed as removed.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ImportRefusedError } from '../refused';
import { readHtml, type HtmlLines } from './html';
import type { RemovedText } from './source';
import { wordListLabels, type WordLabel } from './wordNumbering';

interface MammothElement {
  type: string;
  children?: MammothElement[];
  numbering?: { level: string; isOrdered: boolean } | null;
  value?: string;
}

/** A mammoth document's paragraphs in document order (tables' cells included). */
function paragraphsOf(element: MammothElement): MammothElement[] {
  return (element.children ?? []).flatMap((c) => (c.type === 'paragraph' ? [c, ...paragraphsOf(c)] : paragraphsOf(c)));
}

export async function readDocx(bytes: Uint8Array): Promise<HtmlLines> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let labels: WordLabel[];
  let headerFooter: RemovedText[];
  try {
    const zip = await JSZip.loadAsync(buffer);
    [labels, headerFooter] = await Promise.all([wordListLabels(buffer), headersAndFooters(zip)]);
  } catch (error) {
    throw new ImportRefusedError(`the Word document cannot be read (${(error as Error).message})`, 'UNREADABLE_FILE');
  }
  const notes: RemovedText[] = [];
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer }, { transformDocument: (document: MammothElement) => numberParagraphs(document, labels, notes) });
    html = result.value;
  } catch (error) {
    throw new ImportRefusedError(`the Word document cannot be read (${(error as Error).message})`, 'UNREADABLE_FILE');
  }
  const lines = readHtml(html);
  return { ...lines, removed: [...headerFooter, ...notes, ...lines.removed] };
}

/**
 * Puts each numbered paragraph's label before its text and makes it a plain paragraph. When the labels computed
 * from numbering.xml do not pair one to one with the paragraphs mammoth numbers, items are numbered 1. 2. … per
 * level instead, and that is said in `notes`.
 */
function numberParagraphs(document: MammothElement, labels: WordLabel[], notes: RemovedText[]): MammothElement {
  const numbered = paragraphsOf(document).filter((p) => p.numbering);
  if (!numbered.length) return document;
  const exact = numbered.length === labels.length;
  if (!exact) {
    notes.push({
      text: `Word list numbers: ${numbered.length} numbered paragraphs but ${labels.length} labels computed from numbering.xml; items numbered 1. 2. … per level`,
      reason: 'docx-numbering-approximate',
    });
  }
  const approximate: number[] = [];
  numbered.forEach((p, i) => {
    let prefix: string;
    if (exact) prefix = labels[i].prefix;
    else {
      const level = Number(p.numbering!.level) || 0;
      approximate[level] = (approximate[level] ?? 0) + 1;
      approximate.length = level + 1;
      prefix = p.numbering!.isOrdered ? (['', '（', ''][level % 3] ?? '') + approximate[level] + ['.', '）', ')'][level % 3] + ' ' : '';
    }
    // A paragraph, not a list item: the label is its text now, and the HTML reader gives it its own line either way.
    p.numbering = null;
    if (prefix) p.children = [{ type: 'text', value: prefix }, ...(p.children ?? [])];
  });
  return document;
}

/** The text of the document's page headers and footers, one entry per paragraph. */
async function headersAndFooters(zip: JSZip): Promise<RemovedText[]> {
  const out: RemovedText[] = [];
  const parts = Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).sort();
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    for (const p of xml.split(/<\/w:p>/)) {
      const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join('').trim();
      if (text) out.push({ text, reason: 'docx-header-footer' });
    }
  }
  return out;
}

const decodeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
