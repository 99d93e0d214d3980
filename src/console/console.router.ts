import express, { Router } from 'express';
import { embeddedFontCss } from '../review/fonts';
import { buildConsole, type BuiltFile } from './bundle';

const PUBLIC_PATH = '/console/';
/** The SVG export's text: at most this many distinct characters and this many bytes. */
const MAX_FONT_CHARS = 3_000;
const FONT_TEXT_LIMIT = '64kb';

const INDEX = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PlanGraph</title><link rel="stylesheet" href="${PUBLIC_PATH}app.css"></head>
<body><div id="app"></div><script src="${PUBLIC_PATH}app.js"></script></body></html>`;

/**
 * The planner's console: `/` and its assets under /console/, bundled from console/ by esbuild on the first
 * request and kept in memory. Every asset comes from npm packages: the page needs no network but PlanGraph's.
 */
export function consoleRouter(): Router {
  const router = Router();
  let files: Promise<Map<string, BuiltFile>> | null = null;
  const built = () => (files ??= buildConsole(PUBLIC_PATH).catch((error: unknown) => {
    files = null; // a failed build is tried again on the next request
    throw error;
  }));
  router.get('/', async (_req, res, next) => {
    try {
      await built();
      res.type('html').send(INDEX);
    } catch (error) {
      next(error);
    }
  });
  // The console's SVG export embeds its font: @font-face rules with Noto Sans SC subset to the text it posts (a few
  // thousand distinct characters at most, two subsettings at once), so the file shows Chinese with no font installed.
  let subsetting = 0;
  router.post(`${PUBLIC_PATH}font-face.css`, express.text({ type: () => true, limit: FONT_TEXT_LIMIT }), async (req, res, next) => {
    const chars = [...new Set(Array.from(typeof req.body === 'string' ? req.body : ''))];
    if (chars.length > MAX_FONT_CHARS) return void res.status(400).json({ errors: [{ message: `at most ${MAX_FONT_CHARS} distinct characters`, extensions: { code: 'BAD_USER_INPUT' } }] });
    if (subsetting >= 2) return void res.status(503).json({ errors: [{ message: 'busy subsetting fonts: try again', extensions: { code: 'SERVICE_OVERLOADED' } }] });
    subsetting++;
    try {
      res.type('text/css').send(await embeddedFontCss(chars.join('')));
    } catch (error) {
      next(error);
    } finally {
      subsetting--;
    }
  });
  router.get('/favicon.ico', (_req, res) => void res.status(204).end());
  router.get(`${PUBLIC_PATH}:file`, async (req, res, next) => {
    try {
      const file = (await built()).get(req.params.file);
      if (!file) return void res.status(404).json({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] });
      res.setHeader('cache-control', req.params.file.startsWith('app.') ? 'no-cache' : 'public, max-age=31536000, immutable');
      res.type(file.type).send(Buffer.from(file.contents));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
