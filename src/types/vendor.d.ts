/** subset-font ships no types: subsets a font (TTF/WOFF/WOFF2) to the given text with harfbuzz. */
declare module 'subset-font' {
  function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[] }): Promise<Buffer>;
  export default subsetFont;
}

/** fontkit ships no types: the little of it PlanGraph uses (glyph advances). */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  export function create(buffer: Buffer): Font;
}

/** pdfjs-dist's worker code, run in the reading thread (src/importer/read/pdf.ts): only its message handler is used. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
