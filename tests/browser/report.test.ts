/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Both reports in Chromium against what ships (`npm start`'s bundle, NODE_ENV=production), on a machine without CJK
 * fonts, with the demo figures loaded: the mid-term review laid out for the meeting (summary first, each indicator once,
 * statuses and method in both languages), charts on whole years with a data table each, the final review in the embedded
 * face with its end-year rule stated, and both PDF downloads glyph-checked with pdfjs-dist; screenshots and PDF pages
 * saved under test-artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { DEMO_RECORDER, recordDemoFigures, removeDemoFigures } from '../../src/demo/demo';
import { REPORT_FONT_FAMILY, textWidth } from '../../src/review/fonts';
import { startTestApi, TEST_TOKENS, type TestApi } from '../support/api';
import { artifact, describeWithChromium, launchChromium, onlyOrigin } from '../support/browser';
import { cjkOf, missingFromEmbeddedFaces, pdfGlyphs, pdfPagePngs } from '../support/pdfGlyphs';
import { startProductionApi, type ProductionApi } from '../support/production';

// Chromium (two: the page's and the server's PDF), the API and Neo4j share a small machine: generous limits.
jest.setTimeout(300_000);

const TOKEN = 'report-token';
const WHO = 'report-test';
const PLAN = 'lps-msm-14';

describeWithChromium('the reports in Chromium (production build, no CJK fonts installed, demo figures loaded)', () => {
  let store: TestApi;
  let api: ProductionApi;
  let chromium: { browser: Browser; close(): Promise<void> };
  let page: Page;
  let blocked: string[];
  const pageErrors: string[] = [];
  let review: { indicators: { indicator: { id: string; number: number | null; attribute: string }; status: string }[] };

  beforeAll(async () => {
    // The store's gateway records the figures; the production API serves the pages.
    store = await startTestApi({ API_TOKENS: `${TEST_TOKENS},${TOKEN}:PLANNER:${WHO}` });
    // Indicator 44 (商标注册量年增长, 年增长10%): 12 022 (2020) → 13 000 → 14 560, real figures the demo leaves alone.
    for (const [year, value] of [[2021, 13000], [2022, 14560]]) {
      const res = await store.gql('mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { year } } }', { input: { indicator: `Indicator:${PLAN}:44`, year, value, source: 'report test' } }, TOKEN);
      expect(res.errors).toBeUndefined();
    }
    await recordDemoFigures(store.db);
    api = await startProductionApi({ API_TOKENS: `${TEST_TOKENS},${TOKEN}:PLANNER:${WHO}`, NEO4J_READ_TIMEOUT_MS: '60000' });
    review = (await api.gql(`{ midTermReview(asOf: 2023, plan: "Plan:${PLAN}") { indicators { indicator { id number attribute } status } } }`)).data!.midTermReview;
    chromium = await launchChromium();
    page = await chromium.browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => void (m.type() === 'error' && pageErrors.push(m.text())));
    await page.setViewport({ width: 1440, height: 900 });
    blocked = await onlyOrigin(page, api.url);
    await page.goto(`${api.url}/reports/mid-term-review?asOf=2023&plan=${PLAN}`, { waitUntil: 'networkidle0', timeout: 120_000 });
    await page.waitForSelector('body[data-charts-drawn]', { timeout: 60_000 });
  }, 300_000);

  afterAll(async () => {
    await removeDemoFigures(store.db);
    await store.db.write({ cypher: 'MATCH (m:Measurement {recordedBy: $by}) OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r', params: { by: WHO } });
    await store.db.write({ cypher: 'MATCH (c:Change) WHERE c.by IN [$by, $demo] DELETE c', params: { by: WHO, demo: DEMO_RECORDER } });
    await chromium?.close();
    await api?.close();
    await store?.close();
  });

  it('opens with a one-page summary: counts by status, binding indicators behind with owners, the method in Chinese and English, the synthetic notice', async () => {
    const top = await page.evaluate(() => ({
      first: document.querySelector('body > section')?.id,
      counts: [...document.querySelectorAll('#summary table.counts tbody tr')].map((tr) => tr.textContent),
      behind: [...document.querySelectorAll('#summary table.behind tbody tr')].map((tr) => ({ number: Number(tr.getAttribute('data-number')), owner: tr.querySelector('td.owner')?.textContent ?? null })),
      method: [...document.querySelectorAll('#summary .method p')].map((p) => p.getAttribute('lang')),
      demo: document.querySelector('.demo-note')?.textContent ?? '',
      pdf: document.querySelector('.download a[href*=".pdf"]')?.getAttribute('href') ?? '',
    }));
    expect(top.first).toBe('summary');
    expect(top.counts.join(' ')).toMatch(/偏离目标 off track/);
    const behind = review.indicators.filter((r) => r.indicator.attribute === 'BINDING' && ['OFF_TRACK', 'AT_RISK'].includes(r.status)).map((r) => r.indicator.number);
    expect(top.behind.map((b) => b.number).sort()).toEqual(behind.sort());
    expect(top.behind.every((b) => b.owner !== null)).toBe(true);
    expect(top.method).toEqual(['zh-CN', 'en']);
    expect(top.demo).toMatch(/合成演示数据 SYNTHETIC DEMO DATA/);
    expect(top.pdf).toContain('/reports/mid-term-review.pdf?asOf=2023');
    await page.screenshot({ path: artifact('report-1440.png') });
    await page.setViewport({ width: 390, height: 844 });
    // On a phone the page never scrolls sideways: wide tables scroll in their own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
    await page.screenshot({ path: artifact('report-390.png') });
    await page.setViewport({ width: 1440, height: 900 });
  });

  it('shows each indicator once (its facts, chart and data table together), every status in Chinese with English', async () => {
    const cards = await page.$$eval('article.indicator', (els) => els.map((el) => ({ id: el.getAttribute('data-indicator'), status: el.querySelector('td.status')?.textContent ?? '', table: Boolean(el.querySelector('table.chart-data, .chart-data.empty')) })));
    expect(cards.map((c) => c.id).sort()).toEqual(review.indicators.map((r) => r.indicator.id).sort());
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    for (const c of cards) expect(c.status).toMatch(/^[\u4e00-\u9fff]+ [a-z ]+$/);
    expect(cards.every((c) => c.table)).toBe(true);
  });

  it('draws its Chinese in the embedded face, and the faces hold a glyph for every Chinese character of the page (diagrams included)', async () => {
    let systemCjk = '';
    try {
      systemCjk = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim();
    } catch {
      systemCjk = ''; // no fontconfig at all: no system fonts either
    }
    if (systemCjk) console.warn(`this machine has CJK fonts (${systemCjk.split('\n').length}); the embedded face has its own family name, so the check still holds`);
    const heading = await page.evaluate(async (family) => {
      await document.fonts.ready;
      const h1 = document.querySelector('h1')!;
      const text = h1.textContent!;
      const size = parseFloat(getComputedStyle(h1).fontSize);
      await document.fonts.load(`${size}px "${family}"`, text);
      const span = document.createElement('span');
      span.textContent = text;
      span.style.font = `${size}px "${family}"`;
      span.style.whiteSpace = 'nowrap';
      h1.appendChild(span);
      const width = span.getBoundingClientRect().width;
      span.remove();
      return { text, size, width, check: document.fonts.check(`${size}px "${family}"`, text), family: getComputedStyle(h1).fontFamily };
    }, REPORT_FONT_FAMILY);
    expect(heading.text).toMatch(/[\u4e00-\u9fff]/);
    expect(heading.family).toContain(REPORT_FONT_FAMILY);
    expect(heading.check).toBe(true);
    const expected = textWidth(heading.text, heading.size);
    expect(Math.abs(heading.width - expected) / expected).toBeLessThan(0.02);
    const html = await page.content();
    const text = await page.evaluate(() => `${document.body.innerText}${[...document.querySelectorAll('svg text')].map((t) => t.textContent).join('')}`);
    expect(await missingFromEmbeddedFaces(html, text)).toEqual([]);
    console.log(`mid-term page: ${Math.round(Buffer.byteLength(html) / 1024)} KB, ${(html.match(/@font-face\{/g) ?? []).length} embedded font chunks`);
    expect(blocked).toEqual([]);
  });

  it('draws every chart on whole years (no half-year tick), with its unit, and indicator 44 (年增长10%) as growth against 10 %', async () => {
    const charts = await page.evaluate(() =>
      (window as unknown as { __reportCharts: { id: string; spec: { kind: string; unit: string; years: [number, number]; points: unknown[]; targetLine: { y: number }[]; baseline: unknown; path: unknown[] } }[] }).__reportCharts.map((c) => {
        const canvas = document.getElementById(c.id) as HTMLCanvasElement;
        const figure = canvas.closest('figure')!;
        return { indicator: figure.getAttribute('data-indicator'), spec: c.spec, ticks: (canvas.dataset.xTicks ?? '').split(',').map(Number), caption: figure.querySelector('figcaption')!.textContent! };
      }),
    );
    expect(charts.length).toBe(review.indicators.length);
    for (const c of charts) {
      expect(c.ticks.length).toBeGreaterThan(1);
      expect(c.ticks.every((t) => Number.isInteger(t))).toBe(true);
      expect(c.ticks).toEqual(Array.from({ length: c.spec.years[1] - c.spec.years[0] + 1 }, (_, k) => c.spec.years[0] + k));
      if (c.spec.unit) expect(c.caption).toContain(`单位 unit ${c.spec.unit}`);
    }
    const trademarks = charts.find((c) => c.indicator === `Indicator:${PLAN}:44`)!;
    expect(trademarks.spec.kind).toBe('GROWTH');
    expect(trademarks.spec.unit).toBe('%');
    expect(trademarks.spec.points).toEqual([{ x: 2021, y: 8.14 }, { x: 2022, y: 12 }]);
    expect(trademarks.spec.targetLine.every((p) => p.y === 10)).toBe(true);
    const kinds = new Set(charts.map((c) => c.spec.kind));
    console.log(`charts: ${charts.length}, kinds ${[...kinds].join(', ')}`);
  });

  it('sizes every diagram box to its label', async () => {
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('.impact svg g.node')].map((g) => {
        const text = g.querySelector('text') as SVGGraphicsElement;
        const shape = g.querySelector('polygon, ellipse, path') as SVGGraphicsElement;
        return { label: text.textContent, text: text.getBBox().width, box: shape.getBBox().width };
      }),
    );
    expect(overflow.length).toBeGreaterThan(10);
    expect(overflow.filter((n) => n.text > n.box)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  /** The page's visible text as print shows it (the download links are hidden in print). */
  const printedText = () =>
    page.evaluate(() => {
      const links = document.querySelector<HTMLElement>('.download');
      if (links) links.style.display = 'none';
      const text = document.body.innerText;
      if (links) links.style.display = '';
      return text;
    });

  /** A PDF download, checked: served as a file, every font embedded, no .notdef, Chinese only in Noto Sans SC, the page's Chinese all there. */
  const checkedPdf = async (url: string, name: string, htmlText: string) => {
    const started = Date.now();
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await res.arrayBuffer());
    writeFileSync(artifact(`${name}.pdf`), bytes);
    const glyphs = await pdfGlyphs(bytes);
    expect(glyphs.fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(glyphs.notdef).toEqual([]);
    expect(glyphs.cjkElsewhere).toEqual([]);
    expect([...cjkOf(htmlText)].filter((c) => !glyphs.cjk.has(c))).toEqual([]);
    await pdfPagePngs(bytes, (n) => artifact(`${name}-page${n}.png`), 3);
    console.log(`${name}.pdf: ${glyphs.pages} A4 pages, ${Math.round(bytes.length / 1024)} KB, ${glyphs.fonts.length} fonts all embedded, ${glyphs.cjk.size} distinct Chinese characters, page 1 filled to ${Math.round(glyphs.fill[0] * 100)} %, served in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return glyphs;
  };

  it('downloads the mid-term review as a PDF: a summary page that is not mostly blank, far fewer than 30 pages, every glyph in the embedded face', async () => {
    const text = await printedText();
    const glyphs = await checkedPdf(`${api.url}/reports/mid-term-review.pdf?asOf=2023&plan=${PLAN}`, 'mid-term-review', text);
    expect(glyphs.text[0]).toContain('摘要');
    expect(glyphs.text[0]).toContain('评估方法');
    expect(glyphs.fill[0]).toBeGreaterThan(0.6);
    expect(glyphs.pages).toBeLessThanOrEqual(16);
  });

  it('the final review: embedded face, synthetic notice, the end-year rule said in both languages, and its PDF glyph-checked', async () => {
    await page.goto(`${api.url}/reports/final-review?plan=${PLAN}`, { waitUntil: 'networkidle0', timeout: 120_000 });
    const final = await page.evaluate((family) => ({
      family: getComputedStyle(document.body).fontFamily,
      demo: document.querySelector('.demo-note')?.textContent ?? '',
      early: document.querySelector('#early-note')?.textContent ?? '',
      method: [...document.querySelectorAll('.method p')].map((p) => p.textContent ?? ''),
      earlyRows: document.querySelectorAll('tr.early').length,
      check: document.fonts.check(`13px "${family}"`, document.querySelector('h1')!.textContent!),
      text: document.body.innerText,
    }), REPORT_FONT_FAMILY);
    expect(final.family).toContain(REPORT_FONT_FAMILY);
    expect(final.check).toBe(true);
    expect(final.demo).toMatch(/SYNTHETIC DEMO DATA/);
    expect(final.early).toMatch(/依据2025年以前的数值.*judged from a figure before 2025/);
    expect(final.method[0]).toMatch(/以2023年数值判断2025年/);
    expect(final.method[1]).toMatch(/2025 judged from the 2023 figure/);
    expect(final.earlyRows).toBeGreaterThan(0);
    expect(await missingFromEmbeddedFaces(await page.content(), final.text)).toEqual([]);
    await page.screenshot({ path: artifact('final-review-1440.png') });
    await page.setViewport({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
    await page.screenshot({ path: artifact('final-review-390.png') });
    await page.setViewport({ width: 1440, height: 900 });
    const glyphs = await checkedPdf(`${api.url}/reports/final-review.pdf?plan=${PLAN}`, 'final-review', await printedText());
    expect(glyphs.text[0]).toContain('摘要');
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('lets a planner pick the laws (?laws=), and refuses an id that is not a law', async () => {
    const laws = (await api.gql('{ laws(first: 2) { edges { node { id name } } } }')).data!.laws.edges.map((e: { node: { id: string; name: string } }) => e.node);
    const picked = laws[laws.length - 1];
    const html = await (await fetch(`${api.url}/reports/mid-term-review?asOf=2023&plan=${PLAN}&laws=${encodeURIComponent(picked.id)}`)).text();
    expect(html).toContain('所列法规由规划人员选定');
    expect((html.match(/<figure class="impact">/g) ?? []).length).toBe(1);
    const bad = await fetch(`${api.url}/reports/mid-term-review?asOf=2023&laws=${encodeURIComponent(`Indicator:${PLAN}:44`)}`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
