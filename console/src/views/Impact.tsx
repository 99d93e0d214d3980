import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { useEffect, useRef, useState } from 'preact/hooks';
import { gql, NODE_NAMES, type NamedNode } from '../api';
import { nameIn, t, type LabelKey, type Lang } from '../i18n';
import type { Navigate } from '../main';
import type { ViewState } from '../state';
import { kindLabel } from '../codes';
import { Failure, Loading } from '../ui';

cytoscape.use(cytoscapeSvg);

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

/** Colours and shapes per kind: the picture's legend. */
const KIND_STYLE: Record<string, { colour: string; shape: cytoscape.Css.NodeShape }> = {
  Law: { colour: '#8250df', shape: 'hexagon' },
  Agency: { colour: '#bf3989', shape: 'ellipse' },
  Task: { colour: '#0969da', shape: 'round-rectangle' },
  Indicator: { colour: '#1a7f37', shape: 'diamond' },
  Goal: { colour: '#bc4c00', shape: 'star' },
  Plan: { colour: '#57606a', shape: 'rectangle' },
};

const short = (text: string, n = 14) => (text.length > n ? `${text.slice(0, n)}…` : text);

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

function download(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Pick any node and see what a change to it reaches: nodes by kind, placed by distance, paths highlighted, quotes on hover. */
export function ImpactView({ state, navigate }: { state: ViewState; navigate: Navigate }) {
  const { lang, id, depth } = state;
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [impact, setImpact] = useState<ImpactData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [hover, setHover] = useState<{ x: number; y: number; text: string } | null>(null);
  useEffect(() => {
    if (!id) return;
    setImpact(null);
    setError(null);
    gql<{ impact: ImpactData }>(IMPACT, { id, depth }).then((d) => setImpact(d.impact)).catch((e: unknown) => setError(e));
  }, [id, depth, attempt]);
  useEffect(() => {
    if (!impact || !box.current) return;
    const label = (n: NamedNode) => `${n.__typename === 'Indicator' ? `${n.number ?? n.code} ` : n.code ? `${n.code} ` : ''}${short(nameIn(lang, n))}`;
    const nodes: cytoscape.ElementDefinition[] = [
      { data: { id: impact.source.id, label: label(impact.source), kind: impact.source.__typename, distance: 0, path: [impact.source.id] }, classes: 'source' },
      ...impact.affected.map((a) => ({ data: { id: a.node.id, label: label(a.node), kind: a.node.__typename, distance: a.distance, path: a.path.map((p) => p.id) } })),
    ];
    const edges = new Map<string, cytoscape.ElementDefinition>();
    for (const a of impact.affected) {
      for (let i = 0; i < a.via.length; i++) {
        const [from, to] = [a.path[i].id, a.path[i + 1].id];
        const key = `${from}|${a.via[i]}|${to}`;
        if (!edges.has(key)) edges.set(key, { data: { id: key, source: from, target: to, relation: a.via[i], quote: '' } });
      }
    }
    const maxDistance = Math.max(0, ...impact.affected.map((a) => a.distance));
    const cy = cytoscape({
      container: box.current,
      elements: [...nodes, ...edges.values()],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'font-family': '"Noto Sans SC", sans-serif', 'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22, 'text-wrap': 'wrap', 'text-max-width': '120px' } },
        ...Object.entries(KIND_STYLE).map(([kind, s]) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': s.colour, shape: s.shape } })),
        { selector: 'node.source', style: { width: 34, height: 34, 'border-width': 4, 'border-color': '#1f2328' } },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#afb8c1', 'target-arrow-color': '#afb8c1', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(relation)', 'font-size': 7, color: '#57606a', 'text-rotation': 'autorotate' } },
        { selector: '.faded', style: { opacity: 0.15 } },
        { selector: 'edge.on-path', style: { width: 4, 'line-color': '#cf222e', 'target-arrow-color': '#cf222e' } },
        { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': '#cf222e' } },
      ],
      layout: { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => maxDistance - Number(n.data('distance')), levelWidth: () => 1, minNodeSpacing: 24, animate: false } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
      maxZoom: 1.6,
    });
    cyRef.current = cy;
    (window as unknown as { __cy?: Core }).__cy = cy;
    box.current.dataset.source = impact.source.id;
    box.current.dataset.nodeCount = String(cy.nodes().length);
    box.current.dataset.edgeCount = String(cy.edges().length);
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
      setHover({ x: p.x, y: p.y, text: `${e.data('relation')}: ${e.data('quote') || '—'}` });
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
      for (const key of ['source', 'nodeCount', 'edgeCount', 'quotes']) delete drawnIn.dataset[key];
    };
  }, [impact, lang]);
  if (!id) return <p class="muted">{t(lang, 'pickSource')}</p>;
  return (
    <div class="impact">
      <div class="impact-main">
        <div class="impact-bar">
          {impact && <h2>{kindLabel(lang, impact.source.__typename)}: {impact.source.code ?? ''} {nameIn(lang, impact.source)}</h2>}
          <label>
            {t(lang, 'depth')}{' '}
            <select id="impact-depth" value={String(depth)} onChange={(e) => navigate({ depth: Number((e.target as HTMLSelectElement).value) })}>
              {[1, 2, 3, 4, 5, 6].map((d) => <option value={String(d)}>{d}</option>)}
            </select>
          </label>
          {impact && <span id="impact-total">{t(lang, 'reached')}: {impact.summary.total} ({impact.summary.byKind.map((k) => `${kindLabel(lang, k.kind)} ${k.count}`).join(lang === 'zh' ? '、' : ', ')})</span>}
          <button id="export-svg" onClick={() => cyRef.current && download(new Blob([(cyRef.current as unknown as { svg(o: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml' }), 'impact.svg')}>{t(lang, 'exportSvg')}</button>
          <button id="export-png" onClick={() => cyRef.current && download(cyRef.current.png({ full: true, output: 'blob', bg: '#ffffff', scale: 2 }) as unknown as Blob, 'impact.png')}>{t(lang, 'exportPng')}</button>
        </div>
        <p class="muted">{t(lang, 'hoverHint')}</p>
        <div class="legend">{Object.entries(KIND_STYLE).map(([k, s]) => <span><i style={{ background: s.colour }} /> {k}</span>)}</div>
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
