import type { Chart } from 'chart.js';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chartSpecFor, chartTable, type ChartSpec } from '../../../src/review/chartSpec';
import { gql, likelyOwnersOf, serverFeatures } from '../api';
import { drawChart, type ChartLabels } from '../charts';
import { nameIn, t, type Lang } from '../i18n';
import type { Navigate } from '../main';
import type { ViewState } from '../state';

/** An indicator as the board reads it. */
export interface BoardIndicator {
  id: string;
  code: string;
  number: number | null;
  name: string;
  nameEn: string | null;
  category: string | null;
  categoryEn: string | null;
  attribute: 'BINDING' | 'EXPECTED' | null;
  source: string;
  target: { raw: string; kind: 'LEVEL' | 'ANNUAL' | 'GROWTH'; value: number | null; unit: string | null; comparator: string | null; year: number | null };
  baseline: { value: number; unit: string | null; year: number } | null;
  ownedBy: { id: string; name: string; nameEn: string | null }[];
  measurements: { year: number; value: number; source: string }[];
  likelyOwners?: unknown;
  targetHistory?: { origin: string; status: string; effectiveYear: number; target: { raw: string }; amendment: { reason: string; proposedBy: string } | null }[];
}

interface Review {
  indicator: { id: string };
  status: string;
  latest: { year: number; value: number } | null;
  expected: number | null;
}

interface Warning {
  indicator: { id: string };
  projected: number;
  shortfall: number;
  required: number;
  targetYear: number;
  method: string;
}

/** The source a figure made up for demonstration carries (npm run demo). */
export const DEMO_SOURCE = 'synthetic demo';

const BOARD = `query($after: String) { indicators(filter: {source: [TABLE, TEXT]}, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node {
    id code number name nameEn category categoryEn attribute source
    target { raw kind value unit comparator year } baseline { value unit year }
    ownedBy { id name nameEn } measurements { year value source }
  } } } }`;

/**
 * Fields some servers have (likely owners, target history), read for every indicator in small pages: with them in
 * the board's own page the query would cost more than the API allows.
 */
export async function indicatorExtras(): Promise<Map<string, Partial<BoardIndicator>>> {
  const features = await serverFeatures();
  const selection = `${features.likelyOwners ?? ''} ${features.targetHistory ? 'targetHistory { origin status effectiveYear target { raw } amendment { reason proposedBy } }' : ''}`.trim();
  const out = new Map<string, Partial<BoardIndicator>>();
  if (!selection) return out;
  let after: string | null = null;
  for (;;) {
    const page: { indicators: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Partial<BoardIndicator> & { id: string } }[] } } = await gql(
      `query($after: String) { indicators(filter: {source: [TABLE, TEXT]}, first: 20, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id ${selection} } } } }`,
      { after },
    );
    for (const { node } of page.indicators.edges) out.set(node.id, node);
    if (!page.indicators.pageInfo.hasNextPage) return out;
    after = page.indicators.pageInfo.endCursor;
  }
}

/** Every indicator of the board (Table 1 and text targets), with owners and figures. */
export async function boardIndicators(): Promise<BoardIndicator[]> {
  const extras = indicatorExtras();
  const out: BoardIndicator[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { indicators: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: BoardIndicator }[] } } = await gql(BOARD, { after });
    out.push(...page.indicators.edges.map((e) => e.node));
    if (!page.indicators.pageInfo.hasNextPage) break;
    after = page.indicators.pageInfo.endCursor;
  }
  const more = await extras;
  return out.map((i) => ({ ...i, ...more.get(i.id) }));
}

/** The chart labels in a language. */
export const chartLabels = (lang: Lang): ChartLabels => ({
  measured: t(lang, 'measured'),
  baseline: t(lang, 'baseline'),
  target: t(lang, 'target'),
  path: t(lang, 'path'),
  growth: t(lang, 'growth'),
  ceiling: t(lang, 'ceiling'),
  annual: t(lang, 'annual'),
  year: t(lang, 'chartYear'),
  total: t(lang, 'chartTotal'),
});

/** An indicator's chart, drawn as its target's kind, up to the review's year. */
export function specOf(i: BoardIndicator, asOf: number): ChartSpec {
  return chartSpecFor(
    { kind: i.target.kind, comparator: i.target.comparator, value: i.target.value, unit: i.target.unit, year: i.target.year, baseline: i.baseline ? { year: i.baseline.year, value: i.baseline.value } : null },
    i.measurements.filter((m) => m.year <= asOf).map((m) => ({ x: m.year, y: m.value, source: m.source })),
  );
}

function IndicatorChart({ indicator, asOf, status, lang, width = 300, height = 170 }: { indicator: BoardIndicator; asOf: number; status: string; lang: Lang; width?: number; height?: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const spec = specOf(indicator, asOf);
  useEffect(() => {
    let chart: Chart | null = null;
    let gone = false;
    if (ref.current) {
      void drawChart(ref.current, spec, chartLabels(lang), status).then((drawn) => {
        if (gone) drawn.destroy();
        else chart = drawn;
      });
    }
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [indicator, asOf, status, lang]);
  const table = chartTable(spec, chartLabels(lang), DEMO_SOURCE);
  const synthetic = spec.points.some((p) => p.source === DEMO_SOURCE);
  return (
    <figure class="chart">
      {/* The canvas is a picture of the table below, which is its text alternative. */}
      <canvas ref={ref} width={width} height={height} data-chart-kind={spec.kind} data-chart={JSON.stringify(spec)} role="img" aria-label={`${t(lang, 'chartData')}: ${nameIn(lang, indicator)}`} />
      {synthetic && <figcaption class="demo-note">{t(lang, 'synthetic')}</figcaption>}
      <details class="chart-data">
        <summary>{t(lang, 'chartData')}</summary>
        <table>
          <thead><tr>{table.columns.map((c) => <th scope="col">{c}</th>)}</tr></thead>
          <tbody>{table.rows.map((r) => <tr class={r.synthetic ? 'demo' : ''}><th scope="row">{r.year}</th>{r.values.map((v) => <td>{v ?? '—'}</td>)}</tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}

function StatusPill({ status, lang }: { status: string | undefined; lang: Lang }) {
  if (!status) return <span class="pill pill-none">—</span>;
  return <span class={`pill pill-${status}`}>{t(lang, status as 'NO_DATA')}</span>;
}

/**
 * Who answers for an indicator, as a review needs it: its explicit owners; else its top likely owner, marked as an
 * inference (「可能的负责单位」), never shown as the plan's word; else nothing.
 */
export function Owners({ indicator: i, lang, id }: { indicator: BoardIndicator; lang: Lang; id?: string }) {
  if (i.ownedBy.length) return <span class="owners" id={id} data-basis="EXPLICIT">{i.ownedBy.map((a) => nameIn(lang, a)).join('、')}</span>;
  const top = likelyOwnersOf(i)[0];
  if (top) return <span class="owners likely" id={id} data-basis="LIKELY"><em>{t(lang, 'likelyMark')}</em>: {nameIn(lang, top.agency)}</span>;
  return <span class="owners" id={id} data-basis="" />;
}

/** One indicator, opened: its chart, figures (demo ones marked), owners, likely owners, amendments and warnings. */
function IndicatorPanel({ indicator: i, review, warning, asOf, lang, navigate }: { indicator: BoardIndicator; review?: Review; warning?: Warning; asOf: number; lang: Lang; navigate: Navigate }) {
  const likely = likelyOwnersOf(i);
  const amendments = (i.targetHistory ?? []).filter((h) => h.origin === 'AMENDMENT');
  return (
    <article class="indicator-panel" id="indicator-panel" data-id={i.id}>
      <h2>{i.number ?? i.code}. {nameIn(lang, i)}</h2>
      <p>
        <StatusPill status={review?.status} lang={lang} /> {i.attribute ? t(lang, i.attribute) : t(lang, 'TEXT_TARGET')} · {lang === 'en' ? i.categoryEn ?? i.category : i.category} · {t(lang, 'target')} <b>{i.target.raw}</b> ({t(lang, specOf(i, asOf).kind)})
      </p>
      <IndicatorChart indicator={i} asOf={asOf} status={review?.status ?? 'NO_DATA'} lang={lang} width={520} height={260} />
      <table class="figures">
        <tbody>
          <tr><th>{t(lang, 'baseline')}</th><td>{i.baseline ? `${i.baseline.value} ${i.baseline.unit ?? ''} (${i.baseline.year})` : '—'}</td></tr>
          <tr><th>{t(lang, 'latest')}</th><td>{review?.latest ? `${review.latest.value} (${review.latest.year})` : '—'}</td></tr>
          <tr><th>{t(lang, 'expected')}</th><td>{review?.expected ?? '—'}</td></tr>
          {i.measurements.map((m) => (
            <tr class={m.source === DEMO_SOURCE ? 'demo' : ''}><th>{m.year}</th><td>{m.value} <small class="muted">{m.source === DEMO_SOURCE ? t(lang, 'synthetic') : m.source}</small></td></tr>
          ))}
        </tbody>
      </table>
      {i.measurements.some((m) => m.source === DEMO_SOURCE) && <p class="demo-note">{t(lang, 'syntheticNote')}</p>}
      <h3>{t(lang, 'owner')}</h3>
      <p id="indicator-owners">{i.ownedBy.length || likely.length ? <Owners indicator={i} lang={lang} /> : t(lang, 'none')}</p>
      <h3>{t(lang, 'likelyOwner')}</h3>
      {likely.length ? (
        <ul class="likely" id="likely-owners">
          {likely.map((l) => (
            <li>
              {nameIn(lang, l.agency)} {l.detail && <small class="muted">({l.detail})</small>}
              {l.quotes.slice(0, 2).map((q) => <blockquote lang="zh-CN">{q}</blockquote>)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t(lang, 'noLikely')}</p>
      )}
      {amendments.length > 0 && (
        <>
          <h3>{t(lang, 'amendments')}</h3>
          <ul>{amendments.map((a) => <li>{a.effectiveYear}: {a.target.raw} · {a.status} · {a.amendment?.reason}</li>)}</ul>
        </>
      )}
      {warning && (
        <>
          <h3>{t(lang, 'warnings')}</h3>
          <p class="warning">{t(lang, 'projected')} {warning.projected.toFixed(2)} ({warning.targetYear}) · {t(lang, 'shortfall')} {warning.shortfall.toFixed(2)} · {warning.method}</p>
        </>
      )}
      <p>
        <button id="open-impact" onClick={() => navigate({ view: 'impact', id: i.id })}>{t(lang, 'openImpact')}</button>
      </p>
    </article>
  );
}

/** Table 1 and the text's targets together, filtered by attribute, category, owner, likely owner and status as of a year. */
export function Board({ state, navigate }: { state: ViewState; navigate: Navigate }) {
  const { lang, asOf } = state;
  const [indicators, setIndicators] = useState<BoardIndicator[] | null>(null);
  const [reviews, setReviews] = useState<Map<string, Review>>(new Map());
  const [warnings, setWarnings] = useState<Map<string, Warning>>(new Map());
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    boardIndicators().then(setIndicators).catch((e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    gql<{ midTermReview: { indicators: Review[] } }>(`query($asOf: Int!) { midTermReview(asOf: $asOf) { indicators { indicator { id } status latest { year value } expected } } }`, { asOf })
      .then((d) => setReviews(new Map(d.midTermReview.indicators.map((r) => [r.indicator.id, r]))))
      .catch((e: Error) => setError(e.message));
    serverFeatures().then((f) => {
      if (!f.warnings) return;
      gql<{ warnings: Warning[] }>(`query($asOf: Int!) { warnings(asOf: $asOf) { indicator { id } projected shortfall required targetYear method } }`, { asOf })
        .then((d) => setWarnings(new Map(d.warnings.map((w) => [w.indicator.id, w]))))
        .catch(() => setWarnings(new Map()));
    });
  }, [asOf]);
  const options = useMemo(() => {
    const categories = new Map<string, string>();
    const owners = new Map<string, { name: string; nameEn: string | null }>();
    const likely = new Map<string, { name: string; nameEn?: string | null }>();
    for (const i of indicators ?? []) {
      if (i.category) categories.set(i.category, (lang === 'en' && i.categoryEn) || i.category);
      for (const a of i.ownedBy) owners.set(a.id, a);
      for (const l of likelyOwnersOf(i)) likely.set(l.agency.id, l.agency);
    }
    return { categories, owners, likely };
  }, [indicators, lang]);
  if (error) return <p class="error">{t(lang, 'error')}: {error}</p>;
  if (!indicators) return <p class="muted">{t(lang, 'loading')}</p>;
  const shown = indicators.filter((i) => {
    if (state.attribute === 'TEXT' ? i.attribute !== null : state.attribute && i.attribute !== state.attribute) return false;
    if (state.category && i.category !== state.category) return false;
    if (state.owner === 'NONE' ? i.ownedBy.length > 0 : state.owner && !i.ownedBy.some((a) => a.id === state.owner)) return false;
    if (state.likely && !likelyOwnersOf(i).some((l) => l.agency.id === state.likely)) return false;
    if (state.status && reviews.get(i.id)?.status !== state.status) return false;
    return true;
  });
  const selected = state.id ? indicators.find((i) => i.id === state.id) : undefined;
  const select = (name: keyof ViewState, label: string, entries: [string, string][]) => (
    <label>
      {label}{' '}
      <select id={`filter-${name}`} value={String(state[name])} onChange={(e) => navigate({ [name]: (e.target as HTMLSelectElement).value } as Partial<ViewState>)}>
        <option value="">{t(lang, 'all')}</option>
        {entries.map(([value, text]) => <option value={value}>{text}</option>)}
      </select>
    </label>
  );
  return (
    <div class="board">
      <div class="filters">
        <label>
          {t(lang, 'asOf')}{' '}
          <select id="filter-asOf" value={String(asOf)} onChange={(e) => navigate({ asOf: Number((e.target as HTMLSelectElement).value) })}>
            {[2021, 2022, 2023, 2024, 2025].map((y) => <option value={String(y)}>{y}</option>)}
          </select>
        </label>
        {select('attribute', t(lang, 'attribute'), [['BINDING', t(lang, 'BINDING')], ['EXPECTED', t(lang, 'EXPECTED')], ['TEXT', t(lang, 'TEXT_TARGET')]])}
        {select('category', t(lang, 'category'), [...options.categories])}
        {select('owner', t(lang, 'owner'), [['NONE', t(lang, 'none')], ...[...options.owners].map(([id, a]) => [id, nameIn(lang, a)] as [string, string])])}
        {select('likely', t(lang, 'likelyOwner'), [...options.likely].map(([id, a]) => [id, nameIn(lang, a)] as [string, string]))}
        {select('status', t(lang, 'status'), ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'].map((s) => [s, t(lang, s as 'NO_DATA')]))}
        <span class="muted" id="board-count">{t(lang, 'count')} {shown.length}</span>
        <a href={`/reports/mid-term-review.xlsx?asOf=${asOf}`}>{t(lang, 'spreadsheet')}</a>
        <a href={`/reports/mid-term-review.pdf?asOf=${asOf}`} download>{t(lang, 'reportPdf')}</a>
      </div>
      {selected && <IndicatorPanel indicator={selected} review={reviews.get(selected.id)} warning={warnings.get(selected.id)} asOf={asOf} lang={lang} navigate={navigate} />}
      <div class="cards" id="cards">
        {shown.map((i) => (
          <div class={`card${i.id === state.id ? ' selected' : ''}${warnings.has(i.id) ? ' warned' : ''}`} data-id={i.id} onClick={() => navigate({ id: i.id })}>
            <div class="card-head">
              <span class="code">{i.number ?? i.code}</span> <span class="name">{nameIn(lang, i)}</span>
            </div>
            <div class="card-meta">
              <StatusPill status={reviews.get(i.id)?.status} lang={lang} /> {i.attribute ? t(lang, i.attribute) : t(lang, 'TEXT_TARGET')} · {i.target.raw} · <Owners indicator={i} lang={lang} />
            </div>
            <IndicatorChart indicator={i} asOf={asOf} status={reviews.get(i.id)?.status ?? 'NO_DATA'} lang={lang} />
          </div>
        ))}
      </div>
    </div>
  );
}
