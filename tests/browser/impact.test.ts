/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { artifact, describeWithChromium, launchChromium, onlyOrigin } from '../support/browser';
import { PLAN_DIR } from '../support/paths';
import { startProductionApi, type ProductionApi } from '../support/production';

// Chromium, the production API and Neo4j share a small machine: generous limits, and the sources' loop is bounded.
jest.setTimeout(420_000);
/** The most time the loop over sources may take; the sources after it are reported as not reached (and fail). */
const LOOP_BUDGET_MS = 300_000;

/**
 * The impact picture in the production build (NODE_ENV=production): for every law in the seed at depth 4, and an
 * agency, a task and an indicator, no two node label boxes overlap (cytoscape's own bounding boxes), edge labels are
 * at least 11 px as drawn, reached indicators carry their badges; the SVG export embeds its font and has the title.
 */
describeWithChromium('the impact picture (production build)', () => {
  let api: ProductionApi;
  let chromium: { browser: Browser; close(): Promise<void> };
  let page: Page;
  let blocked: string[];
  const pageErrors: string[] = [];
  const graph = loadPlanGraphFromDisk(PLAN_DIR);
  const sources = [
    ...graph.nodes.filter((n) => n.label === 'Law').map((n) => n.id),
    'Agency:lps-ipo',
    'Task:lps-msm-14:3.3.3',
    'Indicator:lps-msm-14:44',
  ];

  beforeAll(async () => {
    api = await startProductionApi();
    chromium = await launchChromium();
    page = await chromium.browser.newPage();
    await page.setViewport({ width: 1440, height: 900 });
    blocked = await onlyOrigin(page, api.url);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  }, 240_000);

  afterAll(async () => {
    await chromium?.close();
    await api?.close();
  });

  const open = async (id: string, lang = 'zh') => {
    await page.goto(`${api.url}/?view=impact&id=${encodeURIComponent(id)}&depth=4&lang=${lang}`, { waitUntil: 'networkidle0', timeout: 60_000 });
    await page.waitForSelector('#impact-graph[data-layout="dagre"]', { timeout: 30_000 });
  };

  /** Overlapping label boxes, the smallest edge label as drawn, and counts, from cytoscape in the page. */
  const measure = () =>
    page.evaluate(() => {
      const cy = (window as unknown as { __cy: any }).__cy;
      const boxes = cy.nodes().map((n: any) => ({ id: n.id(), ...n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) overlaps.push(`${a.id} × ${b.id}`);
        }
      }
      // A label's box lies inside its node's box: the node is sized from its label.
      const outside = cy.nodes().filter((n: any) => {
        const l = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        const b = n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false });
        return l.x1 < b.x1 - 0.5 || l.x2 > b.x2 + 0.5 || l.y1 < b.y1 - 0.5 || l.y2 > b.y2 + 0.5;
      }).map((n: any) => n.id());
      // Layers by distance: every node of distance d stands left of every node of distance d + 1.
      const xs = new Map<number, number[]>();
      cy.nodes().forEach((n: any) => xs.set(Number(n.data('distance')), [...(xs.get(Number(n.data('distance'))) ?? []), n.position('x')]));
      const layersOutOfOrder = [...xs.keys()].filter((d) => xs.has(d + 1) && Math.max(...xs.get(d)!) >= Math.min(...xs.get(d + 1)!));
      const edgePx = cy.edges().map((e: any) => parseFloat(e.style('font-size')) * cy.zoom());
      return {
        nodes: cy.nodes().length,
        overlaps,
        outside,
        layersOutOfOrder,
        minEdgePx: edgePx.length ? Math.min(...edgePx) : null,
        edgeLabels: cy.edges().map((e: any) => e.data('label') as string),
        // Table 1's indicators (numbered ids) have an attribute and a review status: each carries a line of badges.
        badged: cy.nodes('[kind = "Indicator"]').filter((n: any) => /:\d+$/.test(n.id()) && /\n/.test(n.data('label'))).length,
        indicators: cy.nodes('[kind = "Indicator"]').filter((n: any) => /:\d+$/.test(n.id())).length,
      };
    });

  it('every law at depth 4, an agency, a task and an indicator: layers by distance, no two label boxes overlap, edge labels ≥ 11 px and Chinese', async () => {
    const started = Date.now();
    const done: string[] = [];
    for (const id of sources) {
      if (Date.now() - started > LOOP_BUDGET_MS) break;
      await open(id);
      const m = await measure();
      expect({ id, overlaps: m.overlaps, outside: m.outside, layersOutOfOrder: m.layersOutOfOrder }).toEqual({ id, overlaps: [], outside: [], layersOutOfOrder: [] });
      if (m.minEdgePx !== null) expect(m.minEdgePx).toBeGreaterThanOrEqual(11);
      for (const label of m.edgeLabels) expect(label).toMatch(/\p{Script=Han}/u);
      done.push(id);
    }
    expect(done).toEqual(sources);
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('a law’s picture with badges, in both languages; the SVG export embeds its font and carries the title and legend; the PNG has them drawn', async () => {
    await open('Law:special-equipment-safety-law');
    const zh = await measure();
    expect(zh.indicators).toBeGreaterThan(0);
    expect(zh.badged).toBe(zh.indicators);
    await page.screenshot({ path: artifact('impact-law-1440.png') });
    await page.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      (window as unknown as { __exports: Blob[] }).__exports = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        (window as unknown as { __exports: Blob[] }).__exports.push(blob as Blob);
        return original(blob);
      };
    });
    await page.click('#export-svg');
    await page.waitForFunction(() => (window as unknown as { __exports: Blob[] }).__exports.length === 1, { timeout: 60_000 });
    const svg = await page.evaluate(() => (window as unknown as { __exports: Blob[] }).__exports[0].text());
    const title = await page.$eval('#impact-title', (el) => el.textContent!);
    expect(title).toContain('特种设备安全法');
    expect(svg).toContain('@font-face');
    expect(svg).toMatch(/src:url\(data:font\/woff2;base64,/);
    expect(svg).toContain(`>${title}</text>`);
    expect(svg).toContain('export-legend');
    expect(svg).toContain('约束性');
    writeFileSync(artifact('impact-law.svg'), svg);
    await page.click('#export-png');
    await page.waitForFunction(() => (window as unknown as { __exports: Blob[] }).__exports.length === 2, { timeout: 60_000 });
    const png = await page.evaluate(async () => {
      const blob = (window as unknown as { __exports: Blob[] }).__exports[1];
      const bitmap = await createImageBitmap(blob);
      const cy = (window as unknown as { __cy: any }).__cy;
      const bb = cy.elements().boundingBox();
      return { type: blob.type, width: bitmap.width, height: bitmap.height, graphHeight: bb.h };
    });
    expect(png.type).toBe('image/png');
    expect(png.height / 2).toBeGreaterThan(png.graphHeight); // the title and legend above the picture
    // The exported SVG, opened alone in a page with no font but its own: it draws with the embedded face.
    const view = await chromium.browser.newPage();
    await view.setContent(`<html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
    const embedded = await view.evaluate(async (t: string) => {
      await document.fonts.ready;
      return document.fonts.check('18px "PlanGraph Noto Sans SC"', t);
    }, title);
    expect(embedded).toBe(true);
    await view.screenshot({ path: artifact('impact-law-export-svg.png') });
    await view.close();
    await open('Law:special-equipment-safety-law', 'en');
    const en = await measure();
    expect(en.overlaps).toEqual([]);
    for (const label of en.edgeLabels) expect(label).toMatch(/\p{Script=Han}+ [a-z]/u);
    await page.screenshot({ path: artifact('impact-law-en-1440.png') });
  });
});
