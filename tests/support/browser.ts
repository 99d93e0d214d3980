import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's Chromium (never a downloaded browser). */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? null;

/** Where browser tests leave screenshots and PDFs: test-artifacts/ (git-ignored; CI keeps it). */
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

/**
 * A describe block for tests that need Chromium: skipped with a clear message when Chromium is absent, unless
 * PLANGRAPH_REQUIRE_CHROMIUM is set (CI sets it), where its absence fails.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (CHROMIUM) return describe(name, body);
  if (process.env.PLANGRAPH_REQUIRE_CHROMIUM) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error('PLANGRAPH_REQUIRE_CHROMIUM is set but Chromium is not installed (apt-get install chromium)');
      });
    });
    return;
  }
  console.warn(`SKIPPED "${name}": Chromium is not installed (/usr/bin/chromium); apt-get install chromium, or set PLANGRAPH_REQUIRE_CHROMIUM=1 to make this a failure`);
  describe.skip(name, body);
}

/** A headless Chromium with its own throwaway profile; close() removes the profile too. */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'plangraph-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM!,
    headless: true,
    userDataDir: profile,
    protocolTimeout: 300_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Lets the page reach only `origin` (and data:/blob: URLs); every other request is aborted and listed. */
export async function onlyOrigin(page: Page, origin: string): Promise<string[]> {
  const blocked: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:') || url.startsWith('blob:')) return void request.continue();
    blocked.push(url);
    void request.abort('blockedbyclient');
  });
  return blocked;
}

/** A file path under test-artifacts/ (created). */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
