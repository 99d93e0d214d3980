import { createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { BulkImportFileGroup } from '../src/db/embedded/bulkImport';
import type { GraphNode, PlanGraphData } from '../src/graph/graph';
import { SEED_NODE_VERSION, isOwnedByPlan, seedEdgeProps, seedNodeProps, type BulkFinish, type EmptyListsOfEdge, type EmptyListsOfNode } from '../src/importer/load.writer';

/** Separates the elements of list properties in the CSV (neo4j-admin's --array-delimiter): a control character plan text never has. */
export const BULK_ARRAY_DELIMITER = '\u001f';

/** What writeBulkCsv wrote: the files for neo4j-admin, and what finishBulkLoad completes once Neo4j runs. */
export interface BulkCsv extends BulkFinish {
  nodes: BulkImportFileGroup[];
  relationships: BulkImportFileGroup[];
  /** Distinct nodes and all edges written. */
  nodeCount: number;
  edgeCount: number;
  bytes: number;
}

/** Why the CSV could not be written. */
export class BulkCsvError extends Error {
  override readonly name = 'BulkCsvError';
  readonly code = 'BULK_CSV_INVALID';
}

type Value = GraphNode['props'][string];
type ColumnType = 'string' | 'double' | 'boolean' | 'string[]';

const FLUSH_CHARS = 1 << 20;

/** One CSV file of rows with the same columns (a label's or an edge type's; a row with other columns starts another). */
class CsvFile {
  private readonly index: Map<string, number>;
  /** Each column's type, from the first value written to it (the header is written last). */
  private readonly types: (ColumnType | undefined)[];
  private readonly stream: WriteStream;
  private chunk = '';
  rows = 0;
  bytes = 0;

  constructor(
    readonly dataPath: string,
    readonly headerPath: string,
    /** Leading header fields (:ID, :START_ID …), written before the property columns; their values come CSV-ready. */
    private readonly fixed: string[],
    private readonly columns: string[],
  ) {
    this.index = new Map(columns.map((c, i) => [c, i]));
    this.types = columns.map(() => undefined);
    this.stream = createWriteStream(dataPath, { highWaterMark: FLUSH_CHARS });
  }

  /** True when every property of `props` with a value has a column here of its type (columns of no type yet take it). */
  fits(props: Record<string, Value>, skip: string | null): boolean {
    for (const key in props) {
      const type = typeOf(props[key]);
      if (type === null || key === skip) continue;
      const i = this.index.get(key);
      if (i === undefined) return false;
      const known = this.types[i];
      if (known !== undefined && known !== type) return false;
    }
    return true;
  }

  async write(fixedFields: string, props: Record<string, Value>): Promise<void> {
    let line = fixedFields;
    const { columns, types } = this;
    for (let i = 0; i < columns.length; i++) {
      const value = props[columns[i]];
      if (value === null || value === undefined) {
        line += ',';
        continue;
      }
      if (types[i] === undefined) types[i] = typeOf(value) ?? undefined;
      line += ',' + field(value);
    }
    this.chunk += line + '\n';
    this.rows += 1;
    if (this.chunk.length >= FLUSH_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    const data = this.chunk;
    this.chunk = '';
    this.bytes += Buffer.byteLength(data);
    if (!this.stream.write(data)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    const header = [...this.fixed, ...this.columns.map((c, i) => `${c}:${this.types[i] ?? 'string'}`)].join(',');
    await fs.writeFile(this.headerPath, header + '\n');
  }
}

/** A file group per key (label or edge type): the first file whose columns fit a row takes it. */
class CsvGroups {
  private readonly byKey = new Map<string, CsvFile[]>();
  private count = 0;

  constructor(
    private readonly dir: string,
    private readonly prefix: string,
    private readonly fixed: string[],
    /** A property written in the fixed fields instead (the node id). */
    private readonly skip: string | null,
  ) {}

  async write(key: string, fixedFields: string, props: Record<string, Value>): Promise<void> {
    let files = this.byKey.get(key);
    if (!files) this.byKey.set(key, (files = []));
    let file = files.find((f) => f.fits(props, this.skip));
    if (!file) {
      const name = `${this.prefix}-${key}-${this.count++}`;
      const columns = Object.keys(props).filter((k) => k !== this.skip);
      file = new CsvFile(path.join(this.dir, `${name}.csv`), path.join(this.dir, `${name}.header.csv`), this.fixed, columns);
      files.push(file);
    }
    await file.write(fixedFields, props);
  }

  async close(groupLabels: (key: string) => string[]): Promise<{ groups: BulkImportFileGroup[]; rows: number; bytes: number }> {
    const groups: BulkImportFileGroup[] = [];
    let rows = 0;
    let bytes = 0;
    for (const [key, files] of this.byKey) {
      for (const file of files) {
        await file.close();
        rows += file.rows;
        bytes += file.bytes;
        groups.push({ labels: groupLabels(key), files: [file.headerPath, file.dataPath] });
      }
    }
    return { groups, rows, bytes };
  }
}

/**
 * Writes plans' graphs as neo4j-admin import CSV into `dir`, with the properties loadPlanGraphs stores
 * (seedNodeProps, seedEdgeProps, version 1): nodes by label, edges by type, typed header columns in separate
 * header files. Plans are read once, one at a time (a generator keeps memory flat); a shared node (agency, law,
 * followed plan) is written once, with the props of the last plan that has it, as one loadPlanGraphs call with
 * all the plans would store it. Edges are all written (new plans' edges are created, not merged).
 */
export async function writeBulkCsv(graphs: Iterable<PlanGraphData>, dir: string): Promise<BulkCsv> {
  await fs.mkdir(dir, { recursive: true });
  // version is an integer, as loadPlanGraphs' Cypher literal writes it; every other number is a double, as the driver sends it.
  const nodeFiles = new CsvGroups(dir, 'nodes', ['id:ID', 'version:long'], 'id');
  const edgeFiles = new CsvGroups(dir, 'edges', [':START_ID', ':END_ID'], null);
  const shared = new Map<string, { node: GraphNode; planId: string }>();
  const plans: BulkFinish['plans'] = [];
  const emptyNodes: EmptyListsOfNode[] = [];
  const emptyEdges: EmptyListsOfEdge[] = [];
  const writeNode = async (node: GraphNode, planId: string) => {
    const props = seedNodeProps(node, planId);
    const empty = emptyListKeys(props);
    if (empty) emptyNodes.push({ id: node.id, keys: empty });
    await nodeFiles.write(node.label, `${quote(node.id)},${SEED_NODE_VERSION}`, props);
  };
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      if (isOwnedByPlan(node.id, graph.planId)) await writeNode(node, graph.planId);
      else {
        shared.delete(node.id); // re-inserted: the last plan's props, as loadPlanGraphs keeps them
        shared.set(node.id, { node, planId: graph.planId });
      }
    }
    for (const edge of graph.edges) {
      const props = seedEdgeProps(edge, graph.planId);
      const empty = emptyListKeys(props);
      if (empty) emptyEdges.push({ from: edge.from, type: edge.type, to: edge.to, seedPlan: graph.planId, keys: empty });
      await edgeFiles.write(edge.type, `${quote(edge.from)},${quote(edge.to)}`, props);
    }
    plans.push({ planId: graph.planId, nodes: graph.nodes.length, edges: graph.edges.length });
  }
  for (const { node, planId } of shared.values()) await writeNode(node, planId);
  const nodes = await nodeFiles.close((label) => ['Entity', label]);
  const edges = await edgeFiles.close((type) => [type]);
  return {
    nodes: nodes.groups,
    relationships: edges.groups,
    nodeCount: nodes.rows,
    edgeCount: edges.rows,
    bytes: nodes.bytes + edges.bytes,
    plans,
    emptyLists: { nodes: emptyNodes, edges: emptyEdges },
  };
}

/** Properties that are empty lists, or null for none: the import cannot store them (an empty field means "no property"). */
function emptyListKeys(props: Record<string, Value>): string[] | null {
  let keys: string[] | null = null;
  for (const key in props) {
    const value = props[key];
    if (Array.isArray(value) && value.length === 0) (keys ??= []).push(key);
  }
  return keys;
}

/** Lists serialized once: synthetic plans share the template's section paths. */
const serializedLists = new WeakMap<readonly string[], string>();

/** The column type a value needs; null for values that fit any (null, empty list). Numbers are doubles, as the driver sends them. */
function typeOf(value: Value): ColumnType | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length ? 'string[]' : null;
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function field(value: Value): string {
  if (value === null) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    const known = serializedLists.get(value);
    if (known !== undefined) return known;
    for (const v of value) if (v.includes(BULK_ARRAY_DELIMITER)) throw new BulkCsvError(`a list element holds the CSV list delimiter U+001F: ${JSON.stringify(v)}`);
    const serialized = quote(value.join(BULK_ARRAY_DELIMITER));
    serializedLists.set(value, serialized);
    return serialized;
  }
  if (typeof value === 'string') return quote(value);
  return String(value);
}

function quote(text: string): string {
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}
