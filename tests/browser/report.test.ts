/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { REPORT_FONT_FAMILY, textWidth } from '../../src/review/fonts';
import { startTestApi, TEST_TOKENS, type TestApi } from '../support/api';
import { artifact, describeWithChromium, launchChromium, onlyOrigin } from '../support/browser';

// Chromium, the API and Neo4j share a small machine: generous limits.
jest.setTimeout(240_000);

const TOKEN = 'report-token';
const WHO = 'report-test';

describeWithChromium('the report in Chromium, on a machine without CJK fonts', () => {
  let api: TestApi;
  let chromium: { browser: Browser; close(): Promise<void> };
  let page: Page;
  let blocked: string[];

  beforeAll(async () => {
    api = await startTestApi({ API_TOKENS: `${TEST_TOKENS},${TOKEN}:PLANNER:${WHO}` });
    // Indicator 44 (商标注册量年增长, 年增长10%): 12 022 (2020) → 13 000 → 14 560.
    for (const [year, value] of [[2021, 13000], [2022, 14560]]) {
      const res = await api.gql('mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { year } } }', { input: { indicator: 'Indicator:lps-msm-14:44', year, value, source: 'report test' } }, TOKEN);
      expect(res.errors).toBeUndefined();
    }
    chromium = await launchChromium();
    page = await chromium.browser.newPage();
    await page.setViewport({ width: 1200, height: 1600 });
    blocked = await onlyOrigin(page, api.url);
    await page.goto(`${api.url}/reports/mid-term-review?asOf=2023`, { waitUntil: 'networkidle0', timeout: 120_000 });
  }, 240_000);

  afterAll(async () => {
    await api.db.write({ cypher: "MATCH (m:Measurement {recordedBy: $by}) OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r", params: { by: WHO } });
    await api.db.write({ cypher: 'MATCH (c:Change {by: $by}) DELETE c', params: { by: WHO } });
    await chromium?.close();
    await api?.close();
  });

  it('draws its Chinese in the embedded face: document.fonts.check holds and a heading is as wide as that face sets it', async () => {
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
      const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === family);
      return { text, size, width, check: document.fonts.check(`${size}px "${family}"`, text), faces: faces.length, loaded: faces.filter((f) => f.status === 'loaded').length, family: getComputedStyle(h1).fontFamily };
    }, REPORT_FONT_FAMILY);
    expect(heading.text).toMatch(/[\u4e00-\u9fff]/);
    expect(heading.family).toContain(REPORT_FONT_FAMILY);
    expect(heading.check).toBe(true);
    expect(heading.faces).toBeGreaterThan(0);
    expect(heading.loaded).toBeGreaterThan(0);
    // The width the embedded face's own advances give (fontkit, in Node) against Chromium's rendering: within 2 %.
    const expected = textWidth(heading.text, heading.size);
    expect(Math.abs(heading.width - expected) / expected).toBeLessThan(0.02);
    expect(blocked).toEqual([]);
    await page.screenshot({ path: artifact('report.png'), fullPage: false });
  });

  it('draws indicator 44 (年增长10%) as growth: year-on-year % against 10 %, not a path from 12 022 件', async () => {
    await page.waitForSelector('body[data-charts-drawn]', { timeout: 60_000 });
    const chart = await page.evaluate(() => {
      const figure = document.querySelector('figure[data-indicator="Indicator:lps-msm-14:44"]')!;
      const canvas = figure.querySelector('canvas')!;
      const spec = (window as unknown as { __reportCharts: { id: string; spec: any }[] }).__reportCharts.find((c) => c.id === canvas.id)!.spec;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) ink++;
      return { kind: figure.getAttribute('data-chart-kind'), spec, ink };
    });
    expect(chart.kind).toBe('GROWTH');
    expect(chart.spec.unit).toBe('%');
    expect(chart.spec.points).toEqual([{ x: 2021, y: 8.14 }, { x: 2022, y: 12 }]);
    expect(chart.spec.targetLine.every((p: { y: number }) => p.y === 10)).toBe(true);
    expect(chart.spec.baseline).toBeNull();
    expect(chart.spec.path).toEqual([]);
    expect(chart.ink).toBeGreaterThan(500); // drawn
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
  });

  it('prints to A4 with a page break before each goal', async () => {
    const goals = await page.$$eval('section.goal', (els) => els.length);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: artifact('report.pdf') });
    const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(goals + 1);
    // Each goal's section starts a page in print.
    const breaks = await page.$$eval('section.goal', (els) => {
      const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSMediaRule && r.media.mediaText === 'print') as CSSMediaRule[];
      return rules.flatMap((r) => [...r.cssRules]).some((r) => (r as CSSStyleRule).selectorText === 'section.goal' && (r as CSSStyleRule).style.breakBefore === 'page') && els.length > 0;
    });
    expect(breaks).toBe(true);
    const size = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules]).some((r) => r instanceof CSSPageRule && /a4/i.test(r.style.getPropertyValue('size'))));
    expect(size).toBe(true);
    expect(readFileSync(artifact('report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
