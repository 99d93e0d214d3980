import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Font } from 'fontkit';

/** The family name the report gives its embedded face (distinct from any installed Noto, so only the embedded face can match). */
export const REPORT_FONT_FAMILY = 'PlanGraph Noto Sans SC';

/** One of Noto Sans SC's unicode-range chunks as @fontsource ships them. */
interface Chunk {
  file: string;
  range: string;
  ranges: [number, number][];
}

let chunks: Chunk[] | null = null;

/** The chunks of @fontsource/noto-sans-sc (weight 400), read from its stylesheet. */
function fontChunks(): Chunk[] {
  if (chunks) return chunks;
  const css = require.resolve('@fontsource/noto-sans-sc/400.css');
  const text = readFileSync(css, 'utf8');
  chunks = [...text.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)].map(([, file, range]) => ({
    file: path.join(path.dirname(css), 'files', file),
    range: range.trim(),
    ranges: range.split(',').map((r) => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
    }),
  }));
  return chunks;
}

const chunkOf = (cp: number) => fontChunks().find((c) => c.ranges.some(([a, b]) => cp >= a && cp <= b));

const faces = new Map<string, Promise<string>>();

/**
 * @font-face rules embedding Noto Sans SC subset to the characters of `text` (one rule per chunk touched, each
 * a woff2 data URL): the page draws its Chinese with no font installed and no network.
 */
export function embeddedFontCss(text: string): Promise<string> {
  const used = [...new Set(Array.from(text).map((c) => c.codePointAt(0)!))].filter((cp) => cp >= 0x20).sort((a, b) => a - b);
  const key = used.join(',');
  let css = faces.get(key);
  if (!css) {
    css = (async () => {
      const byChunk = new Map<Chunk, string>();
      for (const cp of used) {
        const chunk = chunkOf(cp);
        if (chunk) byChunk.set(chunk, (byChunk.get(chunk) ?? '') + String.fromCodePoint(cp));
      }
      const rules = await Promise.all(
        [...byChunk].map(async ([chunk, chars]) => {
          // Loaded on first use, like fontkit below: only the report pages need them.
          const { default: subsetFont } = await import('subset-font');
          const woff2 = await subsetFont(readFileSync(chunk.file), chars, { targetFormat: 'woff2' });
          return `@font-face{font-family:'${REPORT_FONT_FAMILY}';font-style:normal;font-weight:400;font-display:block;src:url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2');unicode-range:${chunk.range};}`;
        }),
      );
      return rules.join('\n');
    })();
    faces.set(key, css);
    if (faces.size > 20) faces.delete(faces.keys().next().value!);
  }
  return css;
}

const opened = new Map<string, Font>();

/** The width in px of `text` set in the embedded face at `sizePx` (advances only; CJK has no kerning), for sizing labels. */
export function textWidth(text: string, sizePx: number): number {
  let width = 0;
  for (const ch of Array.from(text)) {
    const cp = ch.codePointAt(0)!;
    const chunk = chunkOf(cp);
    if (!chunk) {
      width += sizePx * 0.6;
      continue;
    }
    let font = opened.get(chunk.file);
    // fontkit is loaded on first use (some 20 MB the GraphQL API never needs); the measure callback is synchronous.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (!font) opened.set(chunk.file, (font = (require('fontkit') as typeof import('fontkit')).create(readFileSync(chunk.file))));
    width += font.hasGlyphForCodePoint(cp) ? (font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm) * sizePx : sizePx * 0.6;
  }
  return width;
}
