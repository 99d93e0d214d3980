/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The crawler: what ships (`npm start`'s bundle, NODE_ENV=production) on a private store seeded with the plan and its
 * demo figures, walked in Chromium as a planner would, anonymous and with a token. Every view, and in every view that
 * lists them every task (the outline), indicator (the board, owner gaps), goal, agency and law (the impact explorer,
 * where the outline's links and search open them), opened through the console's shareable URLs without reloading the
 * page. It fails on any console error, any request answered 4xx/5xx or failing, and anything still 「加载中」 5 s
 * after it was opened. Then axe-core on every view (0 serious or critical violations) and screenshots of every view at
 * 1440×900 and 390×844, with nothing wider than the phone's screen.
 */
import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Browser, Page } from 'puppeteer-core';
import { recordDemoFigures } from '../../src/demo/demo';
import { TEST_TOKENS, type GqlResponse } from '../support/api';
import { artifact, describeWithChromium, launchChromium, onlyOrigin } from '../support/browser';
import { startPrivateStore, type PrivateStore } from '../support/privateStore';
import { startProductionApi, type ProductionApi } from '../support/production';

jest.setTimeout(600_000);

const TOKEN = 'crawler-token';
const ROLES = [
  { role: 'anonymous', token: '' },
  { role: 'planner', token: TOKEN },
] as const;
/** How long anything may stay 「加载中」 after it was opened. */
const SETTLE_MS = 5_000;

interface Entities {
  tasks: string[];
  indicators: string[];
  goals: string[];
  agencies: string[];
  laws: string[];
}

/** What went wrong on a page: console errors, refused or failed requests, things left loading. */
interface Problems {
  console: string[];
  responses: string[];
  loading: string[];
}

describeWithChromium('the crawler: every view and every entity of the production build, anonymous and with a token', () => {
  let store: PrivateStore;
  let api: ProductionApi;
  let chromium: { browser: Browser; close(): Promise<void> };
  let entities: Entities;
  const timings: string[] = [];

  /** Every id of a connection, page by page. */
  const ids = async (field: string, filter = ''): Promise<string[]> => {
    const out: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GqlResponse = await api.gql(`query($after: String) { ${field}(${filter}first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
      expect(res.errors).toBeUndefined();
      const conn: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } = res.data![field];
      out.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!conn.pageInfo.hasNextPage) return out;
      after = conn.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    store = await startPrivateStore();
    const demo = await recordDemoFigures(store.api.db);
    expect(demo.recorded).toBeGreaterThan(0);
    api = await startProductionApi({ ...store.neo4jEnv, API_TOKENS: `${TEST_TOKENS},${TOKEN}:PLANNER:crawler`, NEO4J_READ_TIMEOUT_MS: '60000' });
    entities = {
      tasks: await ids('tasks'),
      indicators: await ids('indicators', 'filter: {source: [TABLE, TEXT]}, '),
      goals: await ids('goals'),
      agencies: await ids('agencies'),
      laws: await ids('laws'),
    };
    console.log(`crawling ${Object.entries(entities).map(([k, v]) => `${v.length} ${k}`).join(', ')}`);
    chromium = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    if (timings.length) console.log(`crawler timings:\n${timings.join('\n')}`);
    await chromium?.close();
    await api?.close();
    await store?.close();
  });

  /** A page for a role (its token kept for the session as the console keeps it), watched for every kind of problem. */
  const openPage = async (token: string, width = 1440, height = 900): Promise<{ page: Page; problems: Problems; blocked: string[] }> => {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width, height });
    const blocked = await onlyOrigin(page, api.url);
    if (token) await page.evaluateOnNewDocument((t) => sessionStorage.setItem('plangraph-token', t), token);
    const problems: Problems = { console: [], responses: [], loading: [] };
    page.on('console', (m) => m.type() === 'error' && problems.console.push(`${m.text()} (${m.location()?.url ?? ''})`));
    page.on('pageerror', (e) => problems.console.push(String(e)));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.responses.push(`${r.status()} ${r.request().method()} ${r.url()} ${r.request().postData()?.slice(0, 200) ?? ''}`);
    });
    page.on('requestfailed', (r) => problems.responses.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
    return { page, problems, blocked };
  };

  /**
   * Opens a console URL inside the running page (the console follows history like a shared link, no reload) and waits
   * until `ready` is there and nothing is busy; what is still loading after SETTLE_MS is listed.
   */
  const visit = async (page: Page, problems: Problems, query: string, ready: string): Promise<boolean> => {
    await page.evaluate((q) => {
      history.pushState(null, '', q);
      dispatchEvent(new PopStateEvent('popstate'));
    }, query);
    try {
      await page.waitForFunction((sel) => !!document.querySelector(sel) && !document.querySelector('[aria-busy="true"]'), { timeout: SETTLE_MS, polling: 25 }, ready);
      return true;
    } catch {
      const shown = await page.evaluate(() => (document.querySelector('main')?.textContent ?? '').slice(0, 200));
      problems.loading.push(`${query}: not ready (${ready}) within ${SETTLE_MS} ms; shows: ${shown}`);
      return false;
    }
  };

  /** The first load of the console, at a URL. */
  const load = async (page: Page, query: string, ready: string) => {
    await page.goto(`${api.url}/${query}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForFunction((sel) => !!document.querySelector(sel) && !document.querySelector('[aria-busy="true"]'), { timeout: 60_000, polling: 50 }, ready);
  };

  const expectClean = async (page: Page, problems: Problems, blocked: string[]) => {
    // Whatever was asked last is answered before the page is judged.
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 60_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.body.innerText.includes('加载中'))).toBe(false);
    expect(problems).toEqual({ console: [], responses: [], loading: [] });
    expect(blocked).toEqual([]);
  };

  const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
  const timed = async <T,>(label: string, run: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const out = await run();
    timings.push(`  ${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return out;
  };

  for (const { role, token } of ROLES) {
    it(`${role}: the outline opens every task, each with its text and edges`, async () => {
      const { page, problems, blocked } = await openPage(token);
      await load(page, q({ view: 'outline' }), '#outline a[data-id]');
      const listed = await page.$$eval('#outline a[data-id]', (as) => as.map((a) => a.getAttribute('data-id')!));
      expect([...listed].sort()).toEqual([...entities.tasks].sort());
      await timed(`${role} outline, ${listed.length} tasks`, async () => {
        for (const id of listed) await visit(page, problems, q({ view: 'outline', id }), `#task-panel[data-id="${id}"]`);
      });
      await expectClean(page, problems, blocked);
      await page.close();
    });

    it(`${role}: the board opens every indicator, each with its chart drawn; owner gaps links each of its indicators to the board`, async () => {
      const { page, problems, blocked } = await openPage(token);
      await load(page, q({ view: 'board' }), '#cards .card');
      const listed = await page.$$eval('#cards .card', (cs) => cs.map((c) => c.getAttribute('data-id')!));
      expect([...listed].sort()).toEqual([...entities.indicators].sort());
      await timed(`${role} board, ${listed.length} indicators`, async () => {
        for (const id of listed) await visit(page, problems, q({ view: 'board', id }), `#indicator-panel[data-id="${id}"] canvas[data-drawn]`);
      });
      // Owner gaps: every row's link is the board's shareable URL of that indicator, and one click opens it.
      await visit(page, problems, q({ view: 'gaps' }), '#gap-count');
      const links = await page.$$eval('.gap-table tbody tr[data-id]', (rows) => rows.map((r) => ({ id: r.getAttribute('data-id')!, href: r.querySelector('a')!.getAttribute('href')! })));
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) expect([new URLSearchParams(l.href.slice(1)).get('view'), new URLSearchParams(l.href.slice(1)).get('id')]).toEqual(['board', l.id]);
      await page.click(`.gap-table tr[data-id="${links[0].id}"] a`);
      await page.waitForSelector(`#indicator-panel[data-id="${links[0].id}"]`, { timeout: SETTLE_MS });
      await expectClean(page, problems, blocked);
      await page.close();
    });

    it(`${role}: the impact explorer opens every goal, agency and law (as the outline's links and search open them), with its picture and what-if`, async () => {
      const { page, problems, blocked } = await openPage(token);
      await load(page, q({ view: 'impact' }), 'main');
      for (const kind of ['goals', 'agencies', 'laws'] as const) {
        await timed(`${role} impact, ${entities[kind].length} ${kind}`, async () => {
          for (const id of entities[kind]) await visit(page, problems, q({ view: 'impact', id, depth: '2' }), `#impact-graph[data-source="${id}"][data-quotes]`);
        });
      }
      await expectClean(page, problems, blocked);
      await page.close();
    });

    it(`${role}: search finds and opens each kind of node; the import page shows what the role may do`, async () => {
      const { page, problems, blocked } = await openPage(token);
      await load(page, q({ view: 'board' }), '#cards .card');
      const opened: string[] = [];
      // Each kind's first node, searched by its own name.
      const ready: Record<string, string> = { Indicator: '#indicator-panel', Task: '#task-panel', Agency: '#impact-graph[data-quotes]', Law: '#impact-graph[data-quotes]', Goal: '#impact-graph[data-quotes]' };
      const firsts: [string, string][] = [['Indicator', entities.indicators[0]], ['Agency', entities.agencies[0]], ['Law', entities.laws[0]], ['Task', entities.tasks[5]], ['Goal', entities.goals[0]]];
      for (const [kind, wanted] of firsts) {
        const named = await api.gql('query($id: ID!) { node(id: $id) { ... on Indicator { name } ... on Agency { name } ... on Law { name } ... on Task { name } ... on Goal { name } } }', { id: wanted });
        const text: string = named.data!.node.name;
        await page.click('#search', { count: 3 });
        await page.keyboard.press('Backspace');
        await page.type('#search', text);
        const hit = await page.waitForSelector(`#search-hits .hit[data-id="${wanted}"]`, { timeout: 10_000 }).catch(() => null);
        if (!hit) {
          problems.loading.push(`search 「${text}」 does not list ${wanted}`);
          continue;
        }
        await hit.click();
        await page.waitForSelector(ready[kind], { timeout: SETTLE_MS });
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), { timeout: SETTLE_MS });
        expect(new URL(page.url()).searchParams.get('id')).toBe(wanted);
        opened.push(kind);
      }
      expect(opened).toEqual(['Indicator', 'Agency', 'Law', 'Task', 'Goal']);
      // The import tab shows only for a PLANNER; its URL tells anyone else what it needs.
      expect(!!(await page.$('#tab-import'))).toBe(!!token);
      await visit(page, problems, q({ view: 'import' }), token ? '#import-file' : '#import-needs-planner');
      await expectClean(page, problems, blocked);
      await page.close();
    });
  }

  /** Every view as a planner sees it, each at a shareable URL with something open. */
  const VIEWS: { name: string; query: Record<string, string>; ready: string }[] = [
    { name: 'outline', query: { view: 'outline', id: 'Task:lps-msm-14:Z3-3-3.i2' }, ready: '#task-panel' },
    { name: 'board', query: { view: 'board', id: 'Indicator:lps-msm-14:44' }, ready: '#indicator-panel canvas[data-drawn]' },
    { name: 'impact', query: { view: 'impact', id: 'Law:special-equipment-safety-law', depth: '3' }, ready: '#impact-graph[data-quotes] ~ *, #impact-graph[data-quotes]' },
    { name: 'gaps', query: { view: 'gaps' }, ready: '.gap-table tbody tr' },
    { name: 'import', query: { view: 'import' }, ready: '#import-file' },
  ];

  it('axe-core finds no serious or critical violation on any view, in Chinese and in English', async () => {
    const { page, problems, blocked } = await openPage(TOKEN);
    const found: string[] = [];
    for (const lang of ['zh', 'en']) {
      for (const view of VIEWS) {
        await load(page, q({ ...view.query, lang }), view.ready);
        const result = await new AxePuppeteer(page as never).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        for (const v of bad) found.push(`${view.name} (${lang}): ${v.id} [${v.impact}] ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')} (${v.nodes.length} nodes)`);
        timings.push(`  axe ${view.name} ${lang}: ${result.violations.length} violations (${bad.length} serious or critical), ${result.passes.length} rules passed`);
      }
    }
    expect(found).toEqual([]);
    await expectClean(page, problems, blocked);
    await page.close();
  });

  it('every view at 1440×900 and 390×844: screenshots saved, nothing wider than the screen, every card and control reachable by keyboard', async () => {
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ]) {
      const { page, problems, blocked } = await openPage(TOKEN, width, height);
      for (const view of VIEWS) {
        await load(page, q({ ...view.query }), view.ready);
        const overflow = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
        expect({ view: view.name, width: overflow.page }).toEqual({ view: view.name, width: overflow.screen });
        await page.screenshot({ path: artifact(`crawl-${view.name}-${width}.png`) });
      }
      // Keyboard: Tab reaches every card's link in order (each card's chart-data toggle between them), Enter opens one.
      await load(page, q({ view: 'board' }), '#cards .card canvas[data-drawn]');
      const cards = await page.$$eval('#cards .card', (cs) => cs.map((c) => c.getAttribute('data-id')!));
      await page.focus('#cards .card .card-open');
      const focused: string[] = [];
      for (let n = 0; n < cards.length * 3 && focused.length < cards.length; n++) {
        const at = await page.evaluate(() => (document.activeElement?.matches('.card-open') ? document.activeElement.closest('.card')!.getAttribute('data-id')! : ''));
        if (at) focused.push(at);
        await page.keyboard.press('Tab');
      }
      expect(focused).toEqual(cards);
      await page.focus(`.card[data-id="${cards[3]}"] .card-open`);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`#indicator-panel[data-id="${cards[3]}"]`, { timeout: SETTLE_MS });
      // Every control on every view has a name a screen reader reads (a label, aria-label or its text).
      for (const view of VIEWS) {
        await load(page, q({ ...view.query }), view.ready);
        const unnamed = await page.$$eval('select, input, button, a[href]', (els) =>
          els.filter((el) => {
            const e = el as HTMLInputElement;
            if (e.type === 'hidden') return false;
            const label = e.labels?.length ? [...e.labels].map((l) => l.textContent).join('') : '';
            return !(label.trim() || e.getAttribute('aria-label')?.trim() || (e.tagName !== 'INPUT' && e.tagName !== 'SELECT' && e.textContent?.trim()));
          }).map((el) => el.outerHTML.slice(0, 120)),
        );
        expect({ view: view.name, unnamed }).toEqual({ view: view.name, unnamed: [] });
      }
      await expectClean(page, problems, blocked);
      await page.close();
    }
  });
});
