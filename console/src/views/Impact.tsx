import cytoscape, { type Core } from 'cytoscape';
import cytoscapeDagre from 'cytoscape-dagre';
import cytoscapeSvg from 'cytoscape-svg';
import { useEffect, useRef, useState } from 'preact/hooks';
import { gql, NODE_NAMES, type NamedNode } from '../api';
import { code } from '../codes';
import { nameIn, t, type LabelKey, type Lang } from '../i18n';
import type { Navigate } from '../main';
import type { ViewState } from '../state';
import { Failure, Loading } from '../ui';

cytoscape.use(cytoscapeSvg);
cytoscape.use(cytoscapeDagre);

interface Affected {
  distance: number;
  node: NamedNode;
  path: { id: string }[];
  via: string[];
}

interface ImpactData {
  source: NamedNode;
  affected: Affected[];
  summary: { total: number; byKind: { kind: string; count: number }[]; bindingIndicators: number };
}

interface NodeLinks {
  id: string;
  links?: { relation: string; node: { id: string }; provenance: { quote: string; sectionPath: string[] } | null }[];
}

const IMPACT = `query($id: ID!, $depth: Int) { impact(of: $id, maxDepth: $depth) { source { ${NODE_NAMES} }
  affected { distance node { ${NODE_NAMES} } path { id } via } summary { total bindingIndicators byKind { kind count } } } }`;
const LINKS = ['Goal', 'Task', 'Indicator', 'Agency', 'Law'].map((k) => `... on ${k} { links { relation node { id } provenance { quote sectionPath } } }`).join(' ');
const QUOTES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ${LINKS} } }`;
const FACTS = `query($ids: [ID!]!, $asOf: Int!) { nodes(ids: $ids) { id ... on Indicator { attribute } } review: midTermReview(asOf: $asOf) { indicators(first: 2000) { status indicator { id } } } }`;

/** Colours and shapes per kind: the picture's legend. */
const KIND_STYLE: Record<string, { colour: string; shape: cytoscape.Css.NodeShape }> = {
  Law: { colour: '#8250df', shape: 'hexagon' },
  Agency: { colour: '#bf3989', shape: 'ellipse' },
  Task: { colour: '#0969da', shape: 'round-rectangle' },
  Indicator: { colour: '#1a7f37', shape: 'diamond' },
  Goal: { colour: '#bc4c00', shape: 'star' },
  Plan: { colour: '#57606a', shape: 'rectangle' },
};

const short = (text: string, n = 16) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** The face exports name first: the SVG embeds it (subset, as a data URL); on screen it falls back to Noto Sans SC. */
const EXPORT_FAMILY = 'PlanGraph Noto Sans SC';
const FONT = `"${EXPORT_FAMILY}", "Noto Sans SC", sans-serif`;
const LABEL_PX = 12;
const EDGE_LABEL_PX = 11;
const LINE_PX = 16;
const PAD_X = 10;
const PAD_Y = 6;

/** What each relation is called on an edge: Chinese, with English beside it in the English UI. */
const RELATION: Record<string, [string, string]> = {
  FOLLOWS: ['遵循', 'follows'], PART_OF: ['属于', 'part of'], SUPPORTS: ['支撑目标', 'supports'], MEASURES: ['衡量目标', 'measures'],
  MOVES: ['推动指标', 'moves'], OWNED_BY: ['牵头单位', 'led by'], INVOLVES: ['参与单位', 'involves'], BASED_ON: ['依据法规', 'based on'],
  CORRESPONDS_TO: ['对应', 'corresponds to'], IN_REMIT_OF: ['职责范围', 'in the remit of'], CONTINUES: ['延续', 'continues'], ALIGNS_WITH: ['对应', 'aligns with'],
};
const relationLabel = (lang: Lang, r: string) => {
  const [zh, en] = RELATION[r.replace(/^~|_REVERSE$|^REVERSE_/, '')] ?? [r, r];
  return lang === 'zh' ? zh : `${zh} ${en}`;
};

/** An indicator's review status as its border colour (the board's pills): the legend says which is which. */
const STATUS_COLOUR: Record<string, string> = { ACHIEVED: '#1a7f37', ON_TRACK: '#0969da', AT_RISK: '#9a6700', OFF_TRACK: '#cf222e', NO_DATA: '#6e7781' };
const KIND_LABEL: Record<string, [string, string]> = { Law: ['法规', 'Law'], Agency: ['部门', 'Agency'], Task: ['任务', 'Task'], Indicator: ['指标', 'Indicator'], Goal: ['目标', 'Goal'], Plan: ['规划', 'Plan'] };
const kindLabel = (lang: Lang, k: string) => (KIND_LABEL[k] ? (lang === 'zh' ? KIND_LABEL[k][0] : `${KIND_LABEL[k][0]} ${KIND_LABEL[k][1]}`) : k);

interface IndicatorFacts {
  attribute: string | null;
  status: string | null;
}

let measureCanvas: CanvasRenderingContext2D | null = null;
/** The width of a label line as the canvas draws it in the console's font. */
function textPx(text: string, px: number): number {
  measureCanvas ??= document.createElement('canvas').getContext('2d');
  if (!measureCanvas) return text.length * px;
  measureCanvas.font = `${px}px ${FONT}`;
  return measureCanvas.measureText(text).width;
}

/** The legend drawn on exports and beside the picture: kinds, the status colours, and what a badge means. */
function legendItems(lang: Lang): { colour: string; text: string; ring?: boolean }[] {
  return [
    ...Object.entries(KIND_STYLE).map(([k, v]) => ({ colour: v.colour, text: kindLabel(lang, k) })),
    ...Object.entries(STATUS_COLOUR).map(([k, c]) => ({ colour: c, text: code(lang, 'ReviewStatus', k), ring: true })),
  ];
}


/** The what-ifs beside the picture: what dissolving an agency, dropping a task or amending a law would do. */
function WhatIf({ source, lang }: { source: NamedNode; lang: Lang }) {
  const [data, setData] = useState<Record<string, NamedNode[]> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const kind = source.__typename;
  useEffect(() => {
    setData(null);
    setError(null);
    // What-if fields are concrete types: each selects the names its type has.
    const task = '{ __typename id code name nameEn }';
    const goal = task;
    const indicator = '{ __typename id code number name nameEn }';
    const agency = '{ __typename id name nameEn }';
    const q =
      kind === 'Agency'
        ? `query($id: ID!) { w: whatIfAgencyDissolved(agency: $id) { tasksLosingOnlyOwner ${task} indicatorsLosingOnlyOwner ${indicator} tasksKeepingAnOwner ${task} tasksLosingAParticipant ${task} } }`
        : kind === 'Task'
          ? `query($id: ID!) { w: whatIfTaskDropped(task: $id) { dropped ${task} goalsLosingAllSupport ${goal} goalsLosingSomeSupport ${goal} indicatorsLosingEveryTask ${indicator} } }`
          : kind === 'Law'
            ? `query($id: ID!) { w: whatIfLawAmended(law: $id) { tasks ${task} leadAgencies ${agency} participatingAgencies ${agency} indicators ${indicator} } }`
            : null;
    if (q) gql<{ w: Record<string, NamedNode[]> }>(q, { id: source.id }).then((d) => setData(d.w)).catch((e: unknown) => setError(e));
  }, [source.id, attempt]);
  if (!['Agency', 'Task', 'Law'].includes(kind)) return <p class="muted">{t(lang, 'noWhatIf')}</p>;
  if (error) return <Failure lang={lang} error={error} retry={() => setAttempt((n) => n + 1)} />;
  if (!data) return <Loading lang={lang} />;
  return (
    <div class="whatif" id="whatif">
      {Object.entries(data).map(([key, list]) => (
        <section>
          <h4>{t(lang, key as LabelKey)} ({list.length})</h4>
          <ul>{list.slice(0, 30).map((n) => <li>{n.code ?? ''} {nameIn(lang, n)}</li>)}</ul>
        </section>
      ))}
    </div>
  );
}

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The SVG export: the picture under its title and legend, with the font it uses embedded (subset, data URL). */
async function exportSvg(cy: Core, title: string, lang: Lang): Promise<Blob> {
  const inner = (cy as unknown as { svg(o: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
  const width = Math.max(Number(/width="([\d.]+)/.exec(inner)?.[1] ?? 800), 640);
  const height = Number(/height="([\d.]+)/.exec(inner)?.[1] ?? 600);
  const items = legendItems(lang);
  const header = 36 + 22 * Math.ceil(items.length / 6) + 10;
  const legend = items.map((it, i) => {
    const x = 16 + (i % 6) * Math.floor((width - 32) / 6);
    const y = 52 + Math.floor(i / 6) * 22;
    const mark = it.ring ? `<rect x="${x}" y="${y - 10}" width="14" height="14" rx="3" fill="#fff" stroke="${it.colour}" stroke-width="3"/>` : `<rect x="${x}" y="${y - 10}" width="14" height="14" rx="3" fill="${it.colour}"/>`;
    return `${mark}<text x="${x + 20}" y="${y + 2}" font-size="12">${xml(it.text)}</text>`;
  }).join('');
  const body = inner.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<!DOCTYPE[^>]*>\s*/, '');
  const text = `${title}${items.map((it) => it.text).join('')}${cy.elements().map((e) => String(e.data('label') ?? '')).join('')}0123456789.·…`;
  let css = '';
  try {
    const res = await fetch('/reports/font-face.css', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text });
    if (res.ok) css = await res.text();
  } catch {
    // Without the embedded face the SVG still names Noto Sans SC, which a machine with it installed shows.
  }
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height + header}" viewBox="0 0 ${width} ${height + header}">
<style>${css}
text { font-family: ${FONT}; fill: #1f2328; }</style>
<title>${xml(title)}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="16" y="26" font-size="18" id="export-title">${xml(title)}</text>
<g id="export-legend">${legend}</g>
<g transform="translate(0 ${header})">${body}</g>
</svg>`;
  return new Blob([svg], { type: 'image/svg+xml' });
}

/** The PNG export: the picture under its title and legend, drawn on one canvas at twice the size. */
async function exportPng(cy: Core, title: string, lang: Lang): Promise<Blob> {
  const scale = 2;
  const uri = cy.png({ full: true, output: 'base64uri', bg: '#ffffff', scale }) as string;
  const img = new Image();
  await new Promise((resolve, reject) => {
    img.onload = resolve;
    img.onerror = reject;
    img.src = uri;
  });
  const items = legendItems(lang);
  const width = Math.max(img.width / scale, 640);
  const header = 36 + 22 * Math.ceil(items.length / 6) + 10;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (header + img.height / scale) * scale;
  const g = canvas.getContext('2d')!;
  g.scale(scale, scale);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, canvas.height);
  g.fillStyle = '#1f2328';
  g.font = `18px ${FONT}`;
  g.fillText(title, 16, 26);
  g.font = `12px ${FONT}`;
  items.forEach((it, i) => {
    const x = 16 + (i % 6) * Math.floor((width - 32) / 6);
    const y = 52 + Math.floor(i / 6) * 22;
    if (it.ring) {
      g.strokeStyle = it.colour;
      g.lineWidth = 3;
      g.strokeRect(x + 1.5, y - 8.5, 11, 11);
    } else {
      g.fillStyle = it.colour;
      g.fillRect(x, y - 10, 14, 14);
    }
    g.fillStyle = '#1f2328';
    g.fillText(it.text, x + 20, y + 2);
  });
  g.drawImage(img, 0, header, img.width / scale, img.height / scale);
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
}

function download(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Pick any node and see what a change to it reaches: layers by distance, paths highlighted, quotes on hover. */
export function ImpactView({ state, navigate }: { state: ViewState; navigate: Navigate }) {
  const { lang, id, depth, asOf } = state;
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [impact, setImpact] = useState<ImpactData | null>(null);
  const [facts, setFacts] = useState<Map<string, IndicatorFacts> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [hover, setHover] = useState<{ x: number; y: number; text: string } | null>(null);
  useEffect(() => {
    if (!id) return;
    setImpact(null);
    setFacts(null);
    setError(null);
    gql<{ impact: ImpactData }>(IMPACT, { id, depth })
      .then(async (d) => {
        // Each reached indicator's attribute (约束性 or not) and where the mid-term review puts it as of the board's year.
        const ids = d.impact.affected.filter((a) => a.node.__typename === 'Indicator').map((a) => a.node.id);
        const found = new Map<string, IndicatorFacts>();
        if (ids.length) {
          const f = await gql<{ nodes: ({ id: string; attribute?: string | null } | null)[]; review: { indicators: { status: string; indicator: { id: string } }[] } }>(FACTS, { ids, asOf });
          for (const n of f.nodes) if (n) found.set(n.id, { attribute: n.attribute ?? null, status: null });
          for (const r of f.review.indicators) {
            const known = found.get(r.indicator.id);
            if (known) known.status = r.status;
          }
        }
        setFacts(found);
        setImpact(d.impact);
      })
      .catch((e: unknown) => setError(e));
  }, [id, depth, asOf, attempt]);
  const title = impact ? `${t(lang, 'impactOf')}: ${kindLabel(lang, impact.source.__typename)} ${impact.source.code ?? ''} ${nameIn(lang, impact.source)} (${t(lang, 'depth')} ${depth})` : '';
  useEffect(() => {
    if (!impact || !facts || !box.current) return;
    const lines = (n: NamedNode): string[] => {
      const first = `${n.__typename === 'Indicator' ? `${n.number ?? n.code} ` : n.code ? `${n.code} ` : ''}${short(nameIn(lang, n))}`;
      const f = facts.get(n.id);
      if (n.__typename !== 'Indicator' || !f) return [first];
      // The badges: 约束性 for a binding indicator, then its review status.
      const badges = [f.attribute === 'BINDING' ? `【${code(lang, 'IndicatorAttribute', 'BINDING')}】` : '', code(lang, 'ReviewStatus', f.status)].filter(Boolean).join(' ');
      return badges ? [first, badges] : [first];
    };
    const nodeData = (n: NamedNode, distance: number, path: string[]) => {
      const text = lines(n);
      const f = facts.get(n.id);
      return {
        id: n.id, label: text.join('\n'), kind: n.__typename, distance, path,
        w: Math.ceil(Math.max(...text.map((l) => textPx(l, LABEL_PX)))) + 2 * PAD_X, h: text.length * LINE_PX + 2 * PAD_Y,
        status: f?.status ?? '', binding: f?.attribute === 'BINDING' ? 'yes' : 'no',
      };
    };
    const nodes: cytoscape.ElementDefinition[] = [
      { data: nodeData(impact.source, 0, [impact.source.id]), classes: 'source' },
      ...impact.affected.map((a) => ({ data: nodeData(a.node, a.distance, a.path.map((p) => p.id)) })),
    ];
    const edges = new Map<string, cytoscape.ElementDefinition>();
    for (const a of impact.affected) {
      for (let i = 0; i < a.via.length; i++) {
        const [from, to] = [a.path[i].id, a.path[i + 1].id];
        const key = `${from}|${a.via[i]}|${to}`;
        if (!edges.has(key)) edges.set(key, { data: { id: key, source: from, target: to, relation: a.via[i], label: relationLabel(lang, a.via[i]), quote: '' } });
      }
    }
    const cy = cytoscape({
      container: box.current,
      elements: [...nodes, ...edges.values()],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)', 'font-size': LABEL_PX, 'font-family': FONT, 'text-valign': 'center', 'text-halign': 'center', 'text-wrap': 'wrap', 'line-height': LINE_PX / LABEL_PX,
            width: 'data(w)', height: 'data(h)', shape: 'round-rectangle', 'background-color': '#ffffff', 'border-width': 2, color: '#1f2328',
          },
        },
        ...Object.entries(KIND_STYLE).map(([kind, st]) => ({ selector: `node[kind = "${kind}"]`, style: { 'border-color': st.colour, 'background-color': `${st.colour}1a` } })),
        ...Object.entries(STATUS_COLOUR).map(([status, c]) => ({ selector: `node[status = "${status}"]`, style: { 'border-color': c, 'border-width': 4 } })),
        { selector: 'node[binding = "yes"]', style: { 'border-style': 'double', 'border-width': 6 } },
        { selector: 'node.source', style: { 'border-width': 4, 'border-color': '#1f2328', 'font-weight': 'bold' } },
        {
          selector: 'edge',
          style: {
            width: 1.5, 'line-color': '#8c959f', 'target-arrow-color': '#8c959f', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
            label: 'data(label)', 'font-size': EDGE_LABEL_PX, 'font-family': FONT, color: '#424a53', 'text-rotation': 'none',
            'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '2px',
          },
        },
        { selector: '.faded', style: { opacity: 0.15 } },
        { selector: 'edge.on-path', style: { width: 4, 'line-color': '#cf222e', 'target-arrow-color': '#cf222e' } },
        { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#cf222e' } },
      ],
      // Layers by distance, left to right: every edge of a shortest path goes one layer on, so the ranking with the
      // shortest edges (dagre's network simplex: every edge one rank) puts each node at its distance. The
      // node boxes are their labels' size, so no two labels can overlap; rankSep leaves room for edge labels.
      layout: { name: 'dagre', rankDir: 'LR', ranker: 'network-simplex', rankSep: 120, nodeSep: 14, edgeSep: 8, nodeDimensionsIncludeLabels: false, animate: false } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
      maxZoom: 1.6,
    });
    cyRef.current = cy;
    (window as unknown as { __cy?: Core }).__cy = cy;
    box.current.dataset.source = impact.source.id;
    box.current.dataset.nodeCount = String(cy.nodes().length);
    box.current.dataset.edgeCount = String(cy.edges().length);
    // Labels are read at their size: a picture larger than the panel is not shrunk below 100 % (it pans instead),
    // starting at its source on the left.
    if (cy.zoom() < 1) {
      const source = cy.getElementById(impact.source.id);
      cy.zoom(1);
      cy.pan({ x: 24 + Number(source.data('w')) / 2 - source.position('x'), y: cy.height() / 2 - source.position('y') });
    }
    box.current.dataset.layout = 'dagre';
    // Each path highlighted: clicking a node lights its shortest path from the source.
    cy.on('tap', 'node', (event) => {
      const path: string[] = event.target.data('path');
      cy.elements().removeClass('on-path').addClass('faded');
      for (let i = 0; i < path.length; i++) {
        cy.getElementById(path[i]).removeClass('faded').addClass('on-path');
        if (i > 0) cy.edges(`[source = "${path[i - 1]}"][target = "${path[i]}"]`).removeClass('faded').addClass('on-path');
      }
    });
    cy.on('tap', (event) => {
      if (event.target === cy) cy.elements().removeClass('on-path faded');
    });
    cy.on('mouseover', 'edge', (event) => {
      const e = event.target;
      const p = event.renderedPosition;
      setHover({ x: p.x, y: p.y, text: `${e.data('label')}: ${e.data('quote') || '—'}` });
    });
    cy.on('mouseout', 'edge', () => setHover(null));
    // Each edge's quote, from the links of the nodes at its ends.
    const ids = [...new Set([...edges.values()].map((e) => e.data.source as string))];
    gql<{ nodes: (NodeLinks | null)[] }>(QUOTES, { ids }).then((d) => {
      const quotes = new Map<string, string>();
      for (const n of d.nodes) for (const l of n?.links ?? []) if (l.provenance) quotes.set(`${n!.id}|${l.relation}|${l.node.id}`, l.provenance.quote);
      cy.edges().forEach((e) => {
        e.data('quote', quotes.get(`${e.data('source')}|${e.data('relation')}|${e.data('target')}`) ?? quotes.get(`${e.data('target')}|${e.data('relation')}|${e.data('source')}`) ?? '');
      });
      if (box.current) box.current.dataset.quotes = String(cy.edges().filter((e) => !!e.data('quote')).length);
    }).catch(() => {
      // The picture stands without its quotes; the hover says none.
      if (box.current) box.current.dataset.quotes = '0';
    });
    const drawnIn = box.current;
    return () => {
      cy.destroy();
      // What the next picture has not drawn yet is not there (tests wait on these).
      for (const key of ['source', 'nodeCount', 'edgeCount', 'quotes', 'layout']) delete drawnIn.dataset[key];
    };
  }, [impact, facts, lang]);
  if (!id) return <p class="muted">{t(lang, 'pickSource')}</p>;
  return (
    <div class="impact">
      <div class="impact-main">
        <div class="impact-bar">
          {impact && <h2 id="impact-title">{title}</h2>}
          <label>
            {t(lang, 'depth')}{' '}
            <select id="impact-depth" value={String(depth)} onChange={(e) => navigate({ depth: Number((e.target as HTMLSelectElement).value) })}>
              {[1, 2, 3, 4, 5, 6].map((d) => <option value={String(d)}>{d}</option>)}
            </select>
          </label>
          {impact && <span id="impact-total">{t(lang, 'reached')}: {impact.summary.total} ({impact.summary.byKind.map((k) => `${kindLabel(lang, k.kind)} ${k.count}`).join(lang === 'zh' ? '、' : ', ')})</span>}
          <button id="export-svg" onClick={() => cyRef.current && exportSvg(cyRef.current, title, lang).then((b) => download(b, 'impact.svg'))}>{t(lang, 'exportSvg')}</button>
          <button id="export-png" onClick={() => cyRef.current && exportPng(cyRef.current, title, lang).then((b) => download(b, 'impact.png'))}>{t(lang, 'exportPng')}</button>
        </div>
        <p class="muted">{t(lang, 'hoverHint')}</p>
        <div class="legend" id="impact-legend">
          {legendItems(lang).map((it) => <span><i style={it.ring ? { background: '#fff', border: `3px solid ${it.colour}` } : { background: it.colour }} /> {it.text}</span>)}
          <span>【{code(lang, 'IndicatorAttribute', 'BINDING')}】 {t(lang, 'bindingBadge')}</span>
        </div>
        {error ? <Failure lang={lang} error={error} retry={() => setAttempt((n) => n + 1)} /> : !impact && <Loading lang={lang} />}
        <div class="graph-wrap">
          <div id="impact-graph" class="graph" ref={box} />
          {hover && <div class="tooltip" id="edge-tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }} lang="zh-CN">{hover.text}</div>}
        </div>
      </div>
      <aside class="impact-side">
        <h3>{t(lang, 'whatIf')}</h3>
        {impact && <WhatIf source={impact.source} lang={lang} />}
      </aside>
    </div>
  );
}
