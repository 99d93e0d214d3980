import type { NodeModel } from '../node/node.model';
import type { ImpactModel } from './impact.model';

/** A short label for a node in a diagram: its kind and code (or number) and name. */
export function diagramLabel(node: NodeModel): string {
  const code = 'code' in node && node.code ? `${node.code} ` : '';
  const name = node.name.length > 24 ? `${node.name.slice(0, 24)}…` : node.name;
  return `${node.label} ${code}${name}`;
}

/** The edges of an impact's shortest paths, once each: [from, relation, to]. */
function pathEdges(impact: ImpactModel): [NodeModel, string, NodeModel][] {
  const seen = new Set<string>();
  const edges: [NodeModel, string, NodeModel][] = [];
  for (const a of impact.affected) {
    for (let i = 0; i < a.via.length; i++) {
      const key = `${a.path[i].id}|${a.via[i]}|${a.path[i + 1].id}`;
      if (!seen.has(key)) {
        seen.add(key);
        edges.push([a.path[i], a.via[i], a.path[i + 1]]);
      }
    }
  }
  return edges;
}

/** The impact as a Mermaid flowchart: the source highlighted, each reached node once, edges labelled by relation. */
export function impactToMermaid(impact: ImpactModel): string {
  const ids = new Map<string, string>();
  const idOf = (n: NodeModel) => ids.get(n.id) ?? (ids.set(n.id, `n${ids.size}`), ids.get(n.id)!);
  const escape = (text: string) => text.replace(/"/g, '#quot;');
  const lines = ['flowchart LR'];
  for (const node of [impact.source, ...impact.affected.map((a) => a.node)]) lines.push(`  ${idOf(node)}["${escape(diagramLabel(node))}"]`);
  for (const [from, relation, to] of pathEdges(impact)) lines.push(`  ${idOf(from)} -->|${relation}| ${idOf(to)}`);
  lines.push(`  style ${idOf(impact.source)} stroke-width:3px`);
  return lines.join('\n');
}

/** How a DOT diagram's labels are set: the font, and a measure (px at a size) to make each box as wide as its label. */
export interface DotFont {
  fontname: string;
  measure?: (label: string, sizePx: number) => number;
}

const FONT_SIZE = 14;

/** The impact as Graphviz DOT; with a measure, boxes get the width their labels take in that font (Graphviz cannot measure CJK). */
export function impactToDot(impact: ImpactModel, font: DotFont = { fontname: 'Noto Sans CJK SC' }): string {
  const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const size = (label: string) => (font.measure ? `, width=${((font.measure(label, FONT_SIZE) + 20) / 72).toFixed(3)}, height=0.42, fixedsize=true` : '');
  const lines = font.measure
    ? ['digraph impact {', '  rankdir=LR;', `  node [shape=box, fontsize=${FONT_SIZE}, fontname="${escape(font.fontname)}"];`, `  edge [fontsize=10, fontname="${escape(font.fontname)}"];`]
    : ['digraph impact {', '  rankdir=LR;', `  node [shape=box, fontname="${escape(font.fontname)}"];`];
  const node = (n: NodeModel, extra = '') => `  "${escape(n.id)}" [label="${escape(diagramLabel(n))}"${size(diagramLabel(n))}${extra}];`;
  lines.push(node(impact.source, ', penwidth=3'));
  for (const a of impact.affected) lines.push(node(a.node));
  for (const [from, relation, to] of pathEdges(impact)) lines.push(`  "${escape(from.id)}" -> "${escape(to.id)}" [label="${relation}"];`);
  lines.push('}');
  return lines.join('\n');
}
