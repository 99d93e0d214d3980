/**
 * The reports as PDF: the report's own HTML page printed to A4 by headless Chromium (puppeteer-core driving the
 * system's Chromium; no browser is downloaded). One print at a time, each bounded in time; the page may reach no
 * network (the page is self-contained: its font, charts and pictures are inline); more than a few waiting are refused. Without Chromium the route answers
 * SERVICE_UNAVAILABLE and the HTML page's own print (Ctrl+P) still gives the same A4 layout.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PdfUnavailableError, ServiceOverloadedError } from '../errors';

/** Where Chromium is looked for: PLANGRAPH_CHROMIUM, else Debian's. */
export function chromiumPath(): string | null {
  const candidates = [process.env.PLANGRAPH_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** How long one print may take before it is stopped. */
const PRINT_TIMEOUT_MS = 90_000;

/** How many prints may wait behind the one running before more are refused (SERVICE_OVERLOADED, retry later). */
export const MAX_WAITING_PRINTS = 3;

let queue: Promise<unknown> = Promise.resolve();
let pending = 0;

/** Prints one report page (self-contained HTML) to an A4 PDF, after its charts are drawn; one print at a time, a few waiting. */
export function printPdf(html: string): Promise<Buffer> {
  if (pending > MAX_WAITING_PRINTS) return Promise.reject(new ServiceOverloadedError(30));
  pending++;
  const run = queue.then(() => print(html)).finally(() => pending--);
  queue = run.catch(() => undefined);
  return run;
}

async function print(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new PdfUnavailableError();
  // Loaded on first use: only this export needs it.
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'plangraph-pdf-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
  });
  const timer = setTimeout(() => void browser.close(), PRINT_TIMEOUT_MS);
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => void (request.url().startsWith('data:') || request.url() === 'about:blank' ? request.continue() : request.abort('blockedbyclient')));
    await page.setContent(html, { waitUntil: 'load', timeout: PRINT_TIMEOUT_MS });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Pages with charts say when they are drawn; a page without charts has nothing to wait for.
    if (html.includes('__reportCharts')) await page.waitForSelector('body[data-charts-drawn]', { timeout: PRINT_TIMEOUT_MS });
    return Buffer.from(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}
