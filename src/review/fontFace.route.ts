import express, { type RequestHandler } from 'express';
import { embeddedFontCss } from './fonts';

/** The SVG export's text: at most this many distinct characters and this many bytes. */
const MAX_FONT_CHARS = 3_000;
const FONT_TEXT_LIMIT = '64kb';
/** Subsettings running at once; more are answered 503 at once. */
const MAX_SUBSETTING = 2;

/**
 * POST /reports/font-face.css: the console's SVG export embeds its font. The body is the picture's text; the answer
 * is @font-face rules with Noto Sans SC subset to those characters (woff2 data URLs, as the reports embed theirs), so
 * the file shows Chinese with no font installed and no network.
 */
export function fontFaceRoute(): RequestHandler[] {
  let subsetting = 0;
  const handler: RequestHandler = async (req, res, next) => {
    const chars = [...new Set(Array.from(typeof req.body === 'string' ? req.body : ''))];
    if (chars.length > MAX_FONT_CHARS) return void res.status(400).json({ errors: [{ message: `at most ${MAX_FONT_CHARS} distinct characters`, extensions: { code: 'BAD_USER_INPUT' } }] });
    if (subsetting >= MAX_SUBSETTING) return void res.status(503).json({ errors: [{ message: 'busy subsetting fonts: try again', extensions: { code: 'SERVICE_OVERLOADED' } }] });
    subsetting++;
    try {
      res.type('text/css').send(await embeddedFontCss(chars.join('')));
    } catch (error) {
      next(error);
    } finally {
      subsetting--;
    }
  };
  return [express.text({ type: () => true, limit: FONT_TEXT_LIMIT }), handler];
}
