import { Router } from 'express';
import { buildConsole, type BuiltFile } from './bundle';

const PUBLIC_PATH = '/console/';

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
