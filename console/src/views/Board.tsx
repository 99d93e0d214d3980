import type { Chart } from 'chart.js';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chartSpecFor, chartTable, type ChartSpec } from '../../../src/review/chartSpec';
import { gql, likelyOwnersOf } from '../api';
import { BoardDocument, IndicatorExtrasDocument, ReviewStatusesDocument, WarningsDocument, type BoardQuery, type IndicatorExtrasQuery, type ReviewStatusesQuery, type WarningsQuery } from '../__generated__/operations';
import { drawChart, type ChartLabels } from '../charts';
import { code, formatNumber, likelyDetail } from '../codes';
import { nameIn, t, type Lang } from '../i18n';
import type { Navigate } from '../main';
import { writeState, type ViewState } from '../state';
import { Failure, Loading, useLoad } from '../ui';

/** An indicator as the board reads it: the board's query (console/operations/, typed by codegen) and its extras. */
export type BoardIndicator = BoardQuery['indicators']['edges'][number]['node'] & Partial<IndicatorExtrasQuery['indicators']['edges'][number]['node']>;

type Review = ReviewStatusesQuery['midTermReview']['indicators'][number];
type Warning = WarningsQuery['warnings'][number];

/** The source a figure made up for demonstration carries (npm run demo). */
export const DEMO_SOURCE = 'synthetic demo';

/**
 * Fields read for every indicator in small pages (likely owners, target history): with them in the board's own page
 * the query would cost more than the API allows.
 */
export async function indicatorExtras(): Promise<Map<string, Partial<BoardIndicator>>> {
  const out = new Map<string, Partial<BoardIndicator>>();
  let after: string | null = null;
  for (;;) {
    const page: IndicatorExtrasQuery = await gql(IndicatorExtrasDocument, { after });
    for (const { node } of page.indicators.edges) out.set(node.id, node);
    if (!page.indicators.pageInfo.hasNextPage) return out;
    after = page.indicators.pageInfo.endCursor;
  }
}

/** Every indicator of the board (Table 1 and text targets), with owners and figures; the extras come apart. */
export async function boardIndicators(): Promise<BoardIndicator[]> {
  const out: BoardIndicator[] = [];
  let after: string | null = null;
  for (;;) {
    const page: BoardQuery = await gql(BoardDocument, { after });
    out.push(...page.indicators.edges.map((e) => e.node));
    if (!page.indicators.pageInfo.hasNextPage) break;
    after = page.indicators.pageInfo.endCursor;
  }
  return out;
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
    // A cumulative target is drawn as the level it must reach.
    { kind: i.target.kind === 'CUMULATIVE' ? 'LEVEL' : i.target.kind, comparator: i.target.comparator, value: i.target.value, unit: i.target.unit, year: i.target.year, baseline: i.baseline ? { year: i.baseline.year, value: i.baseline.value } : null },
    i.measurements.filter((m) => m.year <= asOf).map((m) => ({ x: m.year, y: m.value, source: m.source })),
  );
}

function IndicatorChart({ indicator, asOf, status, lang, width = 300, height = 170 }: { indicator: BoardIndicator; asOf: number; status: string; lang: Lang; width?: number; height?: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const spec = specOf(indicator, asOf);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let chart: Chart | null = null;
    let gone = false;
    canvas.removeAttribute('data-drawn');
    // Drawn when it comes near the screen: a board of 90 charts draws the few in view first, not all at once.
    const seen = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        void drawChart(canvas, spec, chartLabels(lang), status).then((drawn) => {
          if (gone) return drawn.destroy();
          chart = drawn;
          canvas.setAttribute('data-drawn', '');
        });
      },
      { rootMargin: '300px' },
    );
    seen.observe(canvas);
    return () => {
      gone = true;
      seen.disconnect();
      chart?.destroy();
    };
    // The chart follows what it draws (the board's own data), not the likely owners joining the indicator later.
  }, [indicator.id, indicator.target, indicator.measurements, asOf, status, lang]);
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
  return <span class={`pill pill-${status}`}>{code(lang, 'ReviewStatus', status)}</span>;
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
        <StatusPill status={review?.status} lang={lang} /> {i.attribute ? code(lang, 'IndicatorAttribute', i.attribute) : t(lang, 'TEXT_TARGET')} · {lang === 'en' ? i.categoryEn ?? i.category : i.category} · {t(lang, 'target')} <b>{i.target.raw}</b> ({t(lang, specOf(i, asOf).kind)})
      </p>
      <IndicatorChart indicator={i} asOf={asOf} status={review?.status ?? 'NO_DATA'} lang={lang} width={520} height={260} />
      <table class="figures">
        <tbody>
          <tr><th>{t(lang, 'baseline')}</th><td>{i.baseline ? `${i.baseline.value} ${i.baseline.unit ?? ''} (${i.baseline.year})` : '—'}</td></tr>
          <tr><th>{t(lang, 'latest')}</th><td>{review?.latest ? `${review.latest.value} (${review.latest.year})` : '—'}</td></tr>
          <tr><th>{t(lang, 'expected')}</th><td>{review?.expected ?? '—'}</td></tr>
          {i.measurements.map((m) => (
            <tr class={m.source === DEMO_SOURCE ? 'demo' : ''}><th>{m.year}</th><td>{formatNumber(lang, m.value)} <small class="muted">{m.source === DEMO_SOURCE ? t(lang, 'synthetic') : m.source}</small></td></tr>
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
              {nameIn(lang, l.agency)} {l.detail && <small class="muted">({likelyDetail(lang, l)})</small>}
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
          <ul>{amendments.map((a) => <li>{a.effectiveYear}: {a.target.raw} · {code(lang, 'AmendmentStatus', a.status)} · {a.amendment?.reason}</li>)}</ul>
        </>
      )}
      {warning && (
        <>
          <h3>{t(lang, 'warnings')}</h3>
          <p class="warning">{t(lang, 'projected')} {formatNumber(lang, warning.projected)} ({warning.targetYear}) · {t(lang, 'shortfall')} {formatNumber(lang, warning.shortfall)} · {code(lang, 'ProjectionMethod', warning.method)}</p>
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
  const board = useLoad(boardIndicators, []);
  // The cards show as soon as the board's own page is in; likely owners and target history join them when they come.
  const extras = useLoad(indicatorExtras, []);
  const indicators = useMemo(() => board.data?.map((i) => ({ ...i, ...extras.data?.get(i.id) })) ?? null, [board.data, extras.data]);
  const reviewed = useLoad(
    () => gql(ReviewStatusesDocument, { asOf }).then((d) => new Map(d.midTermReview.indicators.map((r) => [r.indicator.id, r]))),
    [asOf],
  );
  const reviews = reviewed.data ?? new Map<string, Review>();
  const warned = useLoad(
    () => gql(WarningsDocument, { asOf }).then((d) => new Map(d.warnings.map((w) => [w.indicator.id, w]))),
    [asOf],
  );
  const warnings = warned.data ?? new Map<string, Warning>();
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
  if (board.error) return <Failure lang={lang} error={board.error} retry={board.retry} />;
  if (!indicators) return <Loading lang={lang} />;
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
        {select('attribute', t(lang, 'attribute'), [['BINDING', code(lang, 'IndicatorAttribute', 'BINDING')], ['EXPECTED', code(lang, 'IndicatorAttribute', 'EXPECTED')], ['TEXT', t(lang, 'TEXT_TARGET')]])}
        {select('category', t(lang, 'category'), [...options.categories])}
        {select('owner', t(lang, 'owner'), [['NONE', t(lang, 'none')], ...[...options.owners].map(([id, a]) => [id, nameIn(lang, a)] as [string, string])])}
        {select('likely', t(lang, 'likelyOwner'), [...options.likely].map(([id, a]) => [id, nameIn(lang, a)] as [string, string]))}
        {select('status', t(lang, 'status'), (['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const).map((s) => [s, code(lang, 'ReviewStatus', s)]))}
        <span class="muted" id="board-count">{t(lang, 'count')} {shown.length}</span>
        <a href={`/reports/mid-term-review.xlsx?asOf=${asOf}`}>{t(lang, 'spreadsheet')}</a>
        <a href={`/reports/mid-term-review.pdf?asOf=${asOf}`} download>{t(lang, 'reportPdf')}</a>
      </div>
      {reviewed.error ? <Failure lang={lang} error={reviewed.error} retry={reviewed.retry} /> : !reviewed.data && <Loading lang={lang} />}
      {warned.error && <Failure lang={lang} error={warned.error} retry={warned.retry} />}
      {extras.error ? <Failure lang={lang} error={extras.error} retry={extras.retry} /> : !extras.data && <Loading lang={lang} />}
      {selected && <IndicatorPanel indicator={selected} review={reviews.get(selected.id)} warning={warnings.get(selected.id)} asOf={asOf} lang={lang} navigate={navigate} />}
      <div class="cards" id="cards">
        {shown.map((i) => (
          <div class={`card${i.id === state.id ? ' selected' : ''}${warnings.has(i.id) ? ' warned' : ''}`} data-id={i.id} onClick={() => navigate({ id: i.id })}>
            <h3 class="card-head">
              <a class="card-open" href={writeState({ ...state, id: i.id })} aria-current={i.id === state.id ? 'true' : undefined} onClick={(e) => { e.preventDefault(); e.stopPropagation(); navigate({ id: i.id }); }}>
                <span class="code">{i.number ?? i.code}</span> <span class="name">{nameIn(lang, i)}</span>
              </a>
            </h3>
            <div class="card-meta">
              <StatusPill status={reviews.get(i.id)?.status} lang={lang} /> {i.attribute ? code(lang, 'IndicatorAttribute', i.attribute) : t(lang, 'TEXT_TARGET')} · {i.target.raw} · <Owners indicator={i} lang={lang} />
            </div>
            <IndicatorChart indicator={i} asOf={asOf} status={reviews.get(i.id)?.status ?? 'NO_DATA'} lang={lang} />
          </div>
        ))}
      </div>
    </div>
  );
}
