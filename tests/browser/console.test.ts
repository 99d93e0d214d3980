/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Browser, Page } from 'puppeteer-core';
import { startTestApi, TEST_TOKENS, type TestApi } from '../support/api';
import { artifact, describeWithChromium, launchChromium, onlyOrigin } from '../support/browser';

// Chromium, the API and Neo4j share a small machine: generous limits.
jest.setTimeout(240_000);

const TOKEN = 'console-token';
const WHO = 'console-test'; // this file's PLANNER: what it writes is removed after

describeWithChromium('the planner’s console in Chromium', () => {
  let api: TestApi;
  let chromium: { browser: Browser; close(): Promise<void> };
  let page: Page;
  let blocked: string[];
  const pageErrors: string[] = [];
  const assigned: { indicator: string; agency: string }[] = [];

  beforeAll(async () => {
    api = await startTestApi({ API_TOKENS: `${TEST_TOKENS},${TOKEN}:PLANNER:${WHO}` });
    chromium = await launchChromium();
    page = await chromium.browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    blocked = await onlyOrigin(page, api.url);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  }, 120_000);

  afterAll(async () => {
    for (const a of assigned) {
      await api.gql('mutation($i: ID!, $a: ID!) { removeIndicatorOwner(indicator: $i, agency: $a) { indicator { id } } }', { i: a.indicator, a: a.agency }, TOKEN);
    }
    await api.db.write({ cypher: 'MATCH (c:Change {by: $by}) DELETE c', params: { by: WHO } });
    await chromium?.close();
    await api?.close();
  });

  it('loads with every request but PlanGraph’s blocked: nothing is fetched from elsewhere, the board and its Chinese font are there', async () => {
    await page.goto(`${api.url}/`, { waitUntil: 'networkidle0', timeout: 90_000 });
    await page.waitForSelector('#cards .card canvas', { timeout: 60_000 });
    const cards = await page.$$eval('#cards .card', (els) => els.length);
    expect(cards).toBe(90); // Table 1's 47 and the text's 43 targets
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('14px "Noto Sans SC"', '指标看板');
    });
    expect(fontLoaded).toBe(true);
    await page.screenshot({ path: artifact('console-board.png') });
  });

  it('search → open an indicator → open its impact: the picture is drawn with as many nodes as the API reaches, quotes on hover', async () => {
    await page.type('#search', '商标注册');
    await page.waitForNetworkIdle({ idleTime: 500 }); // the list for the whole text, not a partial one
    const hit = await page.waitForSelector('#search-hits .hit[data-kind="Indicator"]', { timeout: 30_000 });
    const id = await hit!.evaluate((el) => el.getAttribute('data-id')!);
    expect(id).toBe('Indicator:lps-msm-14:44');
    await hit!.click();
    await page.waitForSelector(`#indicator-panel[data-id="${id}"] canvas`, { timeout: 60_000 });
    // 年增长10%: drawn as growth.
    expect(await page.$eval('#indicator-panel canvas', (c) => c.getAttribute('data-chart-kind'))).toBe('GROWTH');
    expect(new URL(page.url()).searchParams.get('id')).toBe(id);
    await page.screenshot({ path: artifact('console-indicator.png') });

    await page.click('#open-impact');
    await page.waitForSelector('#impact-graph[data-node-count]', { timeout: 30_000 });
    const drawn = await page.$eval('#impact-graph', (el) => Number(el.getAttribute('data-node-count')));
    const res = await api.gql('query($id: ID!) { impact(of: $id) { affected { node { id } } summary { total } } }', { id });
    expect(drawn).toBe(res.data!.impact.affected.length + 1); // the source and every node reached
    expect(drawn).toBeGreaterThan(1);
    const cyNodes = await page.evaluate(() => (window as unknown as { __cy: { nodes(): { length: number } } }).__cy.nodes().length);
    expect(cyNodes).toBe(drawn);
    // The picture is on the canvas: Cytoscape's layers are there and not blank.
    const painted = await page.$eval('#impact-graph canvas', (c) => (c as HTMLCanvasElement).width > 0 && (c as HTMLCanvasElement).height > 0);
    expect(painted).toBe(true);
    // Each edge's quote on hover.
    await page.waitForSelector('#impact-graph[data-quotes]');
    const edge = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: any }).__cy;
      const e = cy.edges().filter((x: any) => !!x.data('quote'))[0];
      const box = document.getElementById('impact-graph')!.getBoundingClientRect();
      const mid = e.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y, quote: e.data('quote') as string };
    });
    await page.mouse.move(edge.x, edge.y);
    const tooltip = await page.waitForSelector('#edge-tooltip', { timeout: 10_000 });
    // Edges cross near their midpoints: the tooltip shows the quote of the edge under the pointer, one of the picture's.
    const shown = await tooltip!.evaluate((el) => el.textContent!);
    const quotes = await page.evaluate(() => (window as unknown as { __cy: any }).__cy.edges().map((e: any) => `${e.data('label')}: ${e.data('quote')}`) as string[]);
    expect(quotes).toContain(shown);
    expect(shown.split(': ')[1].length).toBeGreaterThan(4);
    expect(edge.quote.length).toBeGreaterThan(4);
    // Export: an SVG of the picture (cytoscape-svg) and a PNG.
    const exported = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: any }).__cy;
      return { svg: cy.svg({ full: true }) as string, png: cy.png({ full: true }) as string };
    });
    expect(exported.svg).toContain('<svg');
    expect(exported.png.startsWith('data:image/png;base64,')).toBe(true);
    await page.screenshot({ path: artifact('console-impact.png') });
  });

  it('switches every label to English in one click, and the URL carries the view so it can be shared', async () => {
    await page.click('#lang');
    await page.waitForFunction(() => document.querySelector('header h1')?.textContent === 'PlanGraph planner’s desk');
    const url = page.url();
    expect(new URL(url).searchParams.get('lang')).toBe('en');
    expect(new URL(url).searchParams.get('view')).toBe('impact');
    const other = await chromium.browser.newPage();
    await onlyOrigin(other, api.url);
    await other.goto(url, { waitUntil: 'networkidle0' });
    await other.waitForSelector('#impact-graph[data-node-count]', { timeout: 30_000 });
    expect(await other.$eval('#tab-impact', (el) => el.textContent)).toBe('Impact explorer');
    // A law's impact with its what-if beside it: the task resting on it, and the indicators it moves.
    await other.setViewport({ width: 1400, height: 860 });
    await other.goto(`${api.url}/?view=impact&id=${encodeURIComponent('Law:special-equipment-safety-law')}&depth=3`, { waitUntil: 'networkidle0' });
    await other.waitForSelector('#whatif', { timeout: 30_000 });
    expect(await other.$eval('#whatif', (el) => el.textContent)).toContain('Z3-3-3.i2');
    const lawImpact = await api.gql('{ impact(of: "Law:special-equipment-safety-law", maxDepth: 3) { affected { distance } } }');
    expect(await other.$eval('#impact-graph', (el) => Number(el.getAttribute('data-node-count')))).toBe(lawImpact.data!.impact.affected.length + 1); // the law and all it reaches
    await other.screenshot({ path: artifact('console-law-impact.png') });
    await other.close();
  });

  it('a planner with a token assigns an owner to an ownerless binding indicator: it shows at once, in the audit trail and on the board', async () => {
    await page.goto(`${api.url}/?view=gaps&lang=zh`, { waitUntil: 'networkidle0' });
    const row = await page.waitForSelector('.gap-table tbody tr[data-id]');
    // Likely owners (inferred, issue 13) stand beside each gap, with their confidence, when the graph suggests one.
    const likely = await api.gql('{ gaps { bindingIndicatorsWithoutOwner(first: 100) { edges { node { id likelyOwners { agency { name } } } } } } }');
    const withLikely = likely.data!.gaps.bindingIndicatorsWithoutOwner.edges.find((e: any) => e.node.likelyOwners.length);
    if (withLikely) {
      expect(await page.$eval(`tr[data-id="${withLikely.node.id}"]`, (el) => el.textContent)).toContain(withLikely.node.likelyOwners[0].agency.name);
    }
    const indicator = await row!.evaluate((el) => el.getAttribute('data-id')!);
    const before = Number(await page.$eval('#gap-count', (el) => el.textContent));
    const agency = 'Agency:lps-amr';
    await page.type('#token', TOKEN);
    await page.select(`tr[data-id="${indicator}"] select`, agency);
    await page.click(`tr[data-id="${indicator}"] button.assign`);
    assigned.push({ indicator, agency });
    await page.waitForSelector('#assign-message.ok');
    await page.waitForSelector('#audit-trail');
    expect(await page.$eval('#audit-trail', (el) => el.textContent)).toContain(WHO);
    await page.waitForFunction((n) => Number(document.getElementById('gap-count')?.textContent) === n - 1, {}, before);
    expect(await page.$(`tr[data-id="${indicator}"]`)).toBeNull();
    await page.screenshot({ path: artifact('console-gaps.png') });

    const [{ name }] = await api.db.read<{ name: string }>({ cypher: 'MATCH (a:Agency {id: $id}) RETURN a.name AS name', params: { id: agency } });
    await page.goto(`${api.url}/?view=board&id=${encodeURIComponent(indicator)}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#indicator-owners');
    expect(await page.$eval('#indicator-owners', (el) => el.textContent)).toContain(name);
    expect(await page.$eval(`.card[data-id="${indicator}"] .owners`, (el) => el.textContent)).toContain(name);
    expect(blocked).toEqual([]);
  });
});
