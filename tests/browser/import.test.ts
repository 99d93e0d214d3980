/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The console's import page in Chromium, against the production build (NODE_ENV=production, npm start's command) on a
// private Neo4j: a planner uploads a real .docx and a real .pdf (rendered from a plan document by planFiles.ts), sees
// the preview (outline, indicators with parsed targets, skipped lines, proposed links), confirms and sees the plan;
// a cancelled preview leaves nothing; a READER's token never shows the page. Everything is removed after, and the store
// is then as it was.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { artifact, describeWithChromium, launchChromium, onlyOrigin } from '../support/browser';
import type { PlanDoc } from '../support/planDoc';
import { renderDocx, renderPdf } from '../support/planFiles';
import { startProductionApi, type ProductionApi } from '../support/production';
import { auditSeq, rewindAudit, startPrivateStore, storeFingerprint, type PrivateStore, type StoreFingerprint } from '../support/privateStore';
import { syntheticPlan } from '../support/syntheticPlan';

// Chromium, the API and two Neo4j share a small machine: generous limits.
jest.setTimeout(300_000);

const RUN = `ib${Date.now().toString(36)}`;
const KEYS = { docx: `${RUN}-docx`, pdf: `${RUN}-pdf`, cancel: `${RUN}-cancel` };
const plan = syntheticPlan('A');
// The plan's text as a document: a paragraph a line, the title dressed as one, its short title as the PDF's running header.
const doc: PlanDoc = {
  blocks: plan.text
    .split('\n')
    .filter((line) => line.trim())
    .map((text) => ({ kind: 'paragraph' as const, text, role: text === plan.title ? ('title' as const) : ('body' as const) })),
  runningHeader: plan.title,
};

describeWithChromium('the import page in Chromium', () => {
  let store: PrivateStore;
  let api: ProductionApi;
  let chromium: { browser: Browser; close(): Promise<void> };
  let page: Page;
  let blocked: string[];
  let dir: string;
  let before: StoreFingerprint;
  let seq: number | null;
  const pageErrors: string[] = [];
  const files: Record<'docx' | 'pdf', string> = { docx: '', pdf: '' };

  const nodesOf = async (key: string) => (await store.api.db.read<{ n: number }>({ cypher: 'MATCH (n:Entity {seedPlan: $key}) RETURN count(n) AS n', params: { key } }))[0].n;
  const rows = (selector: string) => page.$$eval(selector, (els) => els.length);

  beforeAll(async () => {
    store = await startPrivateStore();
    api = await startProductionApi(store.neo4jEnv);
    before = await storeFingerprint(store.api.db);
    seq = await auditSeq(store.api.db);
    dir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-import-page-'));
    // Named after the keys they are imported under: the page suggests the key from the file's name.
    files.docx = path.join(dir, `${KEYS.docx}.docx`);
    writeFileSync(files.docx, await renderDocx(doc));
    files.pdf = path.join(dir, `${KEYS.pdf}.pdf`);
    writeFileSync(files.pdf, await renderPdf(doc));
    chromium = await launchChromium();
    page = await chromium.browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    blocked = await onlyOrigin(page, api.url);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  }, 600_000);

  afterAll(async () => {
    await chromium?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (store) {
      const keys = Object.values(KEYS);
      await store.api.db.write({ cypher: 'MATCH (n:Entity) WHERE n.seedPlan IN $keys DETACH DELETE n', params: { keys } });
      await store.api.db.write({ cypher: 'MATCH (m:PlanGraphMeta) WHERE m.key IN $keys DELETE m', params: { keys: keys.map((k) => `seed:${k}`) } });
      await rewindAudit(store.api.db, seq);
      expect(await storeFingerprint(store.api.db)).toEqual(before);
    }
    await api?.close();
    await store?.close();
  });

  /** Uploads a file with the key the page suggests, previews it and waits for the preview. */
  async function preview(file: string, key: string): Promise<void> {
    await page.goto(`${api.url}/?view=import`, { waitUntil: 'networkidle0', timeout: 90_000 });
    const input = await page.waitForSelector('input#import-file', { timeout: 30_000 });
    await input!.uploadFile(file);
    await page.waitForFunction((k) => (document.querySelector('#import-key') as HTMLInputElement | null)?.value === k, { timeout: 10_000 }, key);
    await page.click('#import-preview');
    await page.waitForSelector('#import-preview-panel', { timeout: 120_000 });
  }

  it('is not shown to a READER’s token; a PLANNER’s token shows its tab and the page', async () => {
    await page.goto(`${api.url}/?view=import`, { waitUntil: 'networkidle0', timeout: 90_000 });
    await page.waitForSelector('#import-needs-planner', { timeout: 30_000 });
    await page.type('#import-token', 'reader-token');
    await page.keyboard.press('Tab');
    await page.waitForNetworkIdle({ idleTime: 300 });
    expect(await page.$('#import-needs-planner')).not.toBeNull();
    expect(await page.$('#tab-import')).toBeNull();
    await page.$eval('#import-token', (el) => ((el as HTMLInputElement).value = ''));
    await page.type('#import-token', 'planner-token');
    await page.keyboard.press('Tab');
    await page.waitForSelector('input#import-file', { timeout: 30_000 });
    await page.waitForSelector('#tab-import', { timeout: 10_000 });
    expect(await page.$eval('#tab-import', (el) => el.textContent)).toBe('导入规划');
  });

  it('uploads a .docx: the preview shows the outline, the indicators with parsed targets, the skipped lines and the proposals; nothing is written until confirmed', async () => {
    await preview(files.docx, KEYS.docx);
    expect(await page.$eval('#import-title', (el) => el.textContent)).toBe(plan.title);
    const counts = await page.$eval('#import-counts', (el) => ({ tasks: Number(el.getAttribute('data-tasks')), proposals: Number(el.getAttribute('data-proposals')), skipped: Number(el.getAttribute('data-skipped')) }));
    expect(counts.tasks).toBe(plan.tasks.length);
    expect(await rows('#import-outline li')).toBe(plan.tasks.length);
    // The outline is a tree: every task under its parent, as the plan nests them.
    for (const task of plan.tasks.filter((t) => t.parentCode)) {
      expect(await page.$(`#import-outline li[data-code="${task.parentCode}"] li[data-code="${task.code}"]`)).not.toBeNull();
    }
    const table = await page.$$eval('#import-indicators tr[data-source="TABLE"]', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(table.map((cells) => cells[1])).toEqual(plan.indicators.map((i) => i.name));
    plan.indicators.forEach((expected, i) => expect(Number(table[i][5])).toBe(expected.target.value));
    expect(await rows('#import-skipped tbody tr')).toBeGreaterThan(0);
    expect(await rows('#import-proposals tbody tr')).toBe(counts.proposals);
    const confidences = await page.$$eval('#import-proposals td.confidence', (tds) => tds.map((td) => Number(td.getAttribute('data-confidence'))));
    expect(confidences.length).toBeGreaterThan(0);
    expect(confidences.every((c) => c > 0 && c <= 1)).toBe(true);
    await page.screenshot({ path: artifact('import-preview-docx.png'), fullPage: true });
    expect(await nodesOf(KEYS.docx)).toBe(0);
    expect(await storeFingerprint(store.api.db)).toEqual(before);

    await page.click('#import-confirm');
    await page.waitForSelector(`#import-result[data-plan="Plan:${KEYS.docx}"]`, { timeout: 120_000 });
    const stored = await api.gql('query($plan: ID!) { tasks(filter: {plan: $plan}) { totalCount } }', { plan: `Plan:${KEYS.docx}` });
    expect(stored.data!.tasks.totalCount).toBe(plan.tasks.length);
    // The plan, in the outline: its first task selected and shown.
    await page.click('#import-show-plan');
    const first = `Task:${KEYS.docx}:${plan.tasks[0].code}`;
    await page.waitForSelector(`#task-panel[data-id="${first}"]`, { timeout: 60_000 });
    expect(await page.$(`#outline a[data-id="${first}"].selected`)).not.toBeNull();
    await page.screenshot({ path: artifact('import-confirmed-docx.png') });
  });

  it('uploads a .pdf: read past its running header and page numbers (listed as skipped), previewed, confirmed', async () => {
    await preview(files.pdf, KEYS.pdf);
    expect(await page.$eval('#import-counts', (el) => Number(el.getAttribute('data-tasks')))).toBe(plan.tasks.length);
    expect(await rows('#import-indicators tr[data-source="TABLE"]')).toBe(plan.indicators.length);
    const reasons = await page.$$eval('#import-skipped tbody tr td:last-child', (tds) => tds.map((td) => td.textContent ?? ''));
    // Named in Chinese with the importer's reason beside (页码(page-number)), or in English.
    expect(reasons.some((r) => /页码|page.number/.test(r))).toBe(true);
    await page.screenshot({ path: artifact('import-preview-pdf.png'), fullPage: true });
    expect(await nodesOf(KEYS.pdf)).toBe(0);
    await page.click('#import-confirm');
    await page.waitForSelector(`#import-result[data-plan="Plan:${KEYS.pdf}"]`, { timeout: 120_000 });
    const stored = await api.gql('query($plan: ID!) { tasks(filter: {plan: $plan}) { totalCount } indicators(filter: {plan: $plan, source: [TABLE]}) { totalCount } }', { plan: `Plan:${KEYS.pdf}` });
    expect(stored.data).toEqual({ tasks: { totalCount: plan.tasks.length }, indicators: { totalCount: plan.indicators.length } });
    await page.click('#import-show-plan');
    await page.waitForSelector(`#task-panel[data-id="Task:${KEYS.pdf}:${plan.tasks[0].code}"]`, { timeout: 60_000 });
  });

  it('a cancelled preview leaves nothing', async () => {
    const fingerprint = await storeFingerprint(store.api.db);
    await page.goto(`${api.url}/?view=import`, { waitUntil: 'networkidle0', timeout: 90_000 });
    const input = await page.waitForSelector('input#import-file', { timeout: 30_000 });
    await input!.uploadFile(files.pdf);
    await page.$eval('#import-key', (el) => ((el as HTMLInputElement).value = ''));
    await page.type('#import-key', KEYS.cancel);
    await page.click('#import-preview');
    await page.waitForSelector('#import-preview-panel', { timeout: 120_000 });
    await page.click('#import-cancel');
    await page.waitForFunction(() => !document.querySelector('#import-preview-panel') && document.querySelector('#import-message')?.textContent?.includes('已取消'), { timeout: 10_000 });
    expect(await nodesOf(KEYS.cancel)).toBe(0);
    expect(await storeFingerprint(store.api.db)).toEqual(fingerprint);
  });

  it('loaded nothing from anywhere but PlanGraph, and the page threw no error', () => {
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
