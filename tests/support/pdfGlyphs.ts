/**
 * A glyph check of a PDF, read with pdfjs-dist: its pages, its fonts (embedded or not) and every piece of text with the
 * font it is set in. A character drawn as .notdef comes back as U+0000 (Chromium prints a character no font has that
 * way), and Chinese set in anything but the embedded Noto Sans SC means a fallback face drew it.
 */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

export interface PdfGlyphReport {
  pages: number;
  /** Each page's text, items joined. */
  text: string[];
  fonts: { name: string; embedded: boolean }[];
  /** Text items with a .notdef glyph (U+0000 or U+FFFD), with their font. */
  notdef: { page: number; font: string; str: string }[];
  /** CJK characters set in a font other than `expectedFont`. */
  cjkElsewhere: { page: number; font: string; str: string }[];
  /** Every CJK character the PDF's text holds. */
  cjk: Set<string>;
  /** Per page, how far down its text reaches (0 top … 1 bottom): a page mostly blank has a small value. */
  fill: number[];
}

/** Reads `bytes` with pdfjs-dist and reports its fonts and glyphs; CJK text is expected in fonts whose name matches `expectedFont`. */
export async function pdfGlyphs(bytes: Uint8Array, expectedFont = /NotoSansSC/i): Promise<PdfGlyphReport> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const holder = globalThis as { pdfjsWorker?: unknown };
  holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), fontExtraProperties: true, verbosity: 0 });
  const doc = await task.promise;
  const report: PdfGlyphReport = { pages: doc.numPages, text: [], fonts: [], notdef: [], cjkElsewhere: [], cjk: new Set(), fill: [] };
  const fonts = new Map<string, { name: string; embedded: boolean }>();
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getOperatorList(); // loads the page's fonts into commonObjs
      const content = await page.getTextContent();
      const strs: string[] = [];
      const height = page.getViewport({ scale: 1 }).height;
      let lowest = height;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const font = page.commonObjs.get(item.fontName) as { name?: string; missingFile?: boolean };
        const name = font?.name ?? item.fontName;
        fonts.set(name, { name, embedded: font?.missingFile === false });
        strs.push(item.str);
        if (item.str.trim()) lowest = Math.min(lowest, (item.transform as number[])[5]);
        if (/[\u0000\ufffd]/u.test(item.str)) report.notdef.push({ page: n, font: name, str: item.str });
        const cjk = Array.from(item.str).filter((c) => CJK.test(c));
        for (const c of cjk) report.cjk.add(c);
        if (cjk.length && !expectedFont.test(name)) report.cjkElsewhere.push({ page: n, font: name, str: item.str });
      }
      report.text.push(strs.join(''));
      report.fill.push((height - lowest) / height);
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  report.fonts = [...fonts.values()];
  return report;
}

/** The CJK characters of a text. */
export const cjkOf = (text: string) => new Set(Array.from(text).filter((c) => CJK.test(c)));

/** Draws the first `maxPages` pages of a PDF to PNG files (pdfjs-dist with its @napi-rs/canvas), at `scale`; returns their paths. */
export async function pdfPagePngs(bytes: Uint8Array, pathOf: (page: number) => string, maxPages = 3, scale = 1.2): Promise<string[]> {
  const { writeFileSync } = await import('node:fs');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const holder = globalThis as { pdfjsWorker?: unknown };
  holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  const out: string[] = [];
  try {
    for (let n = 1; n <= Math.min(maxPages, doc.numPages); n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(type: string): Buffer }; context: CanvasRenderingContext2D } } }).canvasFactory;
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvasContext: context, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
      writeFileSync(pathOf(n), canvas.toBuffer('image/png'));
      out.push(pathOf(n));
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return out;
}

/**
 * The CJK characters of `text` that the page's embedded faces (its @font-face rules with woff2 data URLs) cannot
 * draw: no rule's unicode-range covers them, or the subset the range points at has no glyph for them.
 */
export async function missingFromEmbeddedFaces(html: string, text: string): Promise<string[]> {
  const fontkit = (await import('fontkit')) as unknown as typeof import('fontkit');
  const faces = [...html.matchAll(/@font-face\{[^}]*?url\(data:font\/woff2;base64,([^)]+)\)[^}]*?unicode-range:([^;}]+)/g)].map(([, data, range]) => ({
    font: fontkit.create(Buffer.from(data, 'base64')) as import('fontkit').Font,
    ranges: range.split(',').map((r) => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
    }),
  }));
  return [...cjkOf(text)].filter((c) => {
    const cp = c.codePointAt(0)!;
    const face = faces.find((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b));
    return !face || !face.font.hasGlyphForCodePoint(cp);
  });
}
