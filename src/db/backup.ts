import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { EDGE_TYPES, NODE_LABELS } from '../graph/graph';
import type { GraphGateway } from './gateway';

/** The backup file's format: gzipped JSON lines, a header, one line per node and per relationship, a trailer. */
export const BACKUP_FORMAT = 'plangraph-backup/1';

/** Every label and relationship type the service stores (a closed list: a restore writes only these). */
export const STORED_LABELS = [...NODE_LABELS, 'Entity', 'Measurement', 'MeasurementRevision', 'Amendment', 'Change', 'PlanGraphMeta'] as const;
export const STORED_TYPES = [...EDGE_TYPES, 'HAS_MEASUREMENT', 'HAS_AMENDMENT', 'REPLACED', 'PROPOSED'] as const;

/** A property value as the file keeps it: JSON, with temporal values tagged so they come back as what they were. */
type Stored = unknown;
interface NodeLine { n: number; labels: string[]; props: Record<string, Stored>; ints: string[] }
interface RelLine { r: string; from: number; to: number; props: Record<string, Stored>; ints: string[] }
interface Header { format: string; takenAt: string; changeSeq: number | null }
interface Trailer { end: true; nodes: number; relationships: number }

/** What a backup or restore did. */
export interface BackupCounts {
  nodes: number;
  relationships: number;
  changeSeq: number | null;
}

const TYPES_OF = `[k IN keys(x) WHERE valueType(x[k]) STARTS WITH 'INTEGER' OR valueType(x[k]) STARTS WITH 'LIST<INTEGER'] AS ints`;

const TEMPORALS = {
  DateTime: ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds', 'timeZoneId'],
  LocalDateTime: ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond'],
  Date: ['year', 'month', 'day'],
  Time: ['hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds'],
  LocalTime: ['hour', 'minute', 'second', 'nanosecond'],
  Duration: ['months', 'days', 'seconds', 'nanoseconds'],
} as const;
type TemporalKind = keyof typeof TEMPORALS;

function temporalKind(value: object): TemporalKind | null {
  if (neo4j.isDateTime(value)) return 'DateTime';
  if (neo4j.isLocalDateTime(value)) return 'LocalDateTime';
  if (neo4j.isDate(value)) return 'Date';
  if (neo4j.isTime(value)) return 'Time';
  if (neo4j.isLocalTime(value)) return 'LocalTime';
  if (neo4j.isDuration(value)) return 'Duration';
  return null;
}

/** A property value for the file; throws on a type the format cannot carry (points, bytes), so a backup is never silently partial. */
function encode(value: unknown, where: string): Stored {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => encode(v, where));
  const kind = temporalKind(value);
  if (!kind) throw new Error(`${where}: a property of a type the backup cannot carry (${Object.prototype.toString.call(value)})`);
  const fields = TEMPORALS[kind].map((f) => {
    const v: unknown = Reflect.get(value, f);
    return neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : (v ?? null);
  });
  return { $temporal: kind, fields };
}

/** A property value from the file, with integers and temporals restored to their Neo4j types. */
function decode(value: Stored, integer: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => decode(v, integer));
  if (value && typeof value === 'object') {
    const { $temporal: kind, fields } = value as { $temporal: TemporalKind; fields: (number | string | null)[] };
    if (!(kind in TEMPORALS) || !Array.isArray(fields)) throw new Error('not a backup value');
    return temporal(kind, fields);
  }
  return integer && typeof value === 'number' ? neo4j.int(value) : value;
}

/** A temporal value from its fields, in the order TEMPORALS lists them. */
function temporal(kind: TemporalKind, fields: (number | string | null)[]): unknown {
  const n = (i: number) => Number(fields[i] ?? 0);
  const zoneOffset = fields[7] === null || fields[7] === undefined ? undefined : Number(fields[7]);
  const zoneId = typeof fields[8] === 'string' ? fields[8] : undefined;
  const { types } = neo4j;
  switch (kind) {
    case 'DateTime':
      return new types.DateTime(n(0), n(1), n(2), n(3), n(4), n(5), n(6), zoneOffset, zoneId);
    case 'LocalDateTime':
      return new types.LocalDateTime(n(0), n(1), n(2), n(3), n(4), n(5), n(6));
    case 'Date':
      return new types.Date(n(0), n(1), n(2));
    case 'Time':
      return new types.Time(n(0), n(1), n(2), n(3), n(4));
    case 'LocalTime':
      return new types.LocalTime(n(0), n(1), n(2), n(3));
    case 'Duration':
      return new types.Duration(n(0), n(1), n(2), n(3));
  }
}

function decodeProps(props: Record<string, Stored>, ints: string[]): Record<string, unknown> {
  const intSet = new Set(ints);
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decode(v, intSet.has(k))]));
}

/**
 * Writes every node and relationship of the database to `file` (gzipped JSON lines), consistent while the service
 * serves: it reads in one write transaction that first takes the change counter's lock, which every audited write
 * takes too, so writes wait until the backup is taken (reads go on) and none is half in it. Streams both, so memory
 * holds the node ids, not the graph.
 */
export async function backupDatabase(gateway: GraphGateway, file: string): Promise<BackupCounts> {
  const db = gateway.forBulkWork();
  const labels = new Set<string>(STORED_LABELS);
  const types = new Set<string>(STORED_TYPES);
  return db.writeTx(async (tx) => {
    const [lock] = (await tx.run(`MERGE (seq:PlanGraphMeta {key: 'changeSeq'}) ON CREATE SET seq.value = 0 SET seq.value = seq.value RETURN seq.value AS seq`)).records;
    const changeSeq = Number(lock.get('seq'));
    const ids = new Map<string, number>();
    let relationships = 0;
    async function* lines(): AsyncGenerator<string> {
      const header: Header = { format: BACKUP_FORMAT, takenAt: new Date().toISOString(), changeSeq };
      yield `${JSON.stringify(header)}\n`;
      for await (const record of nodesOf(tx)) {
        const id = String(record.get('id'));
        const nodeLabels = record.get('labels') as string[];
        const unknown = nodeLabels.find((l) => !labels.has(l));
        if (unknown) throw new Error(`a node has the label ${unknown}, which the backup does not know: add it to STORED_LABELS (src/db/backup.ts)`);
        const n = ids.size;
        ids.set(id, n);
        const props = record.get('props') as Record<string, unknown>;
        const line: NodeLine = { n, labels: nodeLabels.sort(), props: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, encode(v, `node ${n}`)])), ints: record.get('ints') as string[] };
        yield `${JSON.stringify(line)}\n`;
      }
      for await (const record of relationshipsOf(tx)) {
        const type = String(record.get('type'));
        if (!types.has(type)) throw new Error(`a relationship has the type ${type}, which the backup does not know: add it to STORED_TYPES (src/db/backup.ts)`);
        const props = record.get('props') as Record<string, unknown>;
        const line: RelLine = { r: type, from: ids.get(String(record.get('from')))!, to: ids.get(String(record.get('to')))!, props: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, encode(v, `relationship ${type}`)])), ints: record.get('ints') as string[] };
        relationships++;
        yield `${JSON.stringify(line)}\n`;
      }
      const trailer: Trailer = { end: true, nodes: ids.size, relationships };
      yield `${JSON.stringify(trailer)}\n`;
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }));
    return { nodes: ids.size, relationships, changeSeq };
  });
}

function nodesOf(tx: ManagedTransaction) {
  return tx.run(`MATCH (x) RETURN elementId(x) AS id, labels(x) AS labels, properties(x) AS props, ${TYPES_OF}`);
}

function relationshipsOf(tx: ManagedTransaction) {
  return tx.run(`MATCH (a)-[x]->(b) RETURN type(x) AS type, elementId(a) AS from, elementId(b) AS to, properties(x) AS props, ${TYPES_OF}`);
}

/** A backup file read whole and checked: its header, every line's labels or type against the closed lists, its trailer's counts. */
export async function readBackup(file: string): Promise<{ header: Header; nodes: NodeLine[]; relationships: RelLine[] }> {
  const labels = new Set<string>(STORED_LABELS);
  const types = new Set<string>(STORED_TYPES);
  const nodes: NodeLine[] = [];
  const relationships: RelLine[] = [];
  let header: Header | null = null;
  let trailer: Trailer | null = null;
  const reader = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const text of reader) {
    lineNo++;
    if (!text) continue;
    if (trailer) throw new Error(`${file}: line ${lineNo} follows the trailer`);
    const line = JSON.parse(text) as Partial<Header & NodeLine & RelLine & Trailer>;
    if (!header) {
      if (line.format !== BACKUP_FORMAT) throw new Error(`${file} is not a ${BACKUP_FORMAT} file`);
      header = line as Header;
    } else if (line.end) trailer = line as Trailer;
    else if (typeof line.n === 'number') {
      if (line.n !== nodes.length || !Array.isArray(line.labels) || line.labels.some((l) => !labels.has(l))) throw new Error(`${file}: line ${lineNo}: not a node this service stores`);
      nodes.push(line as NodeLine);
    } else if (typeof line.r === 'string') {
      if (!types.has(line.r) || !(line.from! >= 0 && line.from! < nodes.length) || !(line.to! >= 0 && line.to! < nodes.length)) throw new Error(`${file}: line ${lineNo}: not a relationship between stored nodes`);
      relationships.push(line as RelLine);
    } else throw new Error(`${file}: line ${lineNo} is neither a node nor a relationship`);
  }
  if (!header || !trailer) throw new Error(`${file} is incomplete (no ${header ? 'trailer' : 'header'}): it was cut short; nothing restored`);
  if (trailer.nodes !== nodes.length || trailer.relationships !== relationships.length) throw new Error(`${file}: the trailer counts ${trailer.nodes} nodes and ${trailer.relationships} relationships, the file holds ${nodes.length} and ${relationships.length}`);
  return { header, nodes, relationships };
}

/**
 * Replaces the whole database with a backup: the file is read and checked whole first (a damaged or cut file
 * restores nothing), then every node and relationship is deleted and the backup's written, in batches. Not atomic:
 * run it with the service stopped (docs/operations.md). The schema (constraints, indexes) is the caller's to apply.
 */
export async function restoreDatabase(gateway: GraphGateway, file: string, progress: (message: string) => void = () => undefined, batchSize = 5_000): Promise<BackupCounts> {
  const backup = await readBackup(file);
  const db = gateway.forBulkWork();
  progress(`read ${backup.nodes.length} nodes and ${backup.relationships.length} relationships`);
  // Relationships first, then nodes, each in batches a transaction's memory holds (a node's DETACH DELETE
  // takes all its relationships into one transaction).
  for (const cypher of ['MATCH ()-[x]->() WITH x LIMIT $batch DELETE x RETURN count(*) AS n', 'MATCH (x) WITH x LIMIT $batch DETACH DELETE x RETURN count(*) AS n']) {
    for (;;) {
      const [row] = await db.write<{ n: number }>({ cypher, params: { batch: neo4j.int(batchSize) } });
      if (!row || row.n === 0) break;
    }
  }
  progress('emptied the database');
  const elementIds: string[] = new Array(backup.nodes.length);
  const groups = new Map<string, NodeLine[]>();
  for (const node of backup.nodes) {
    const key = node.labels.join(':');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(node);
  }
  let written = 0;
  for (const [labelSet, group] of groups) {
    // Labels come from the closed list STORED_LABELS (readBackup refused any other).
    const cypher = `UNWIND $rows AS row CREATE (x${labelSet ? `:${labelSet}` : ''}) SET x = row.props RETURN row.n AS n, elementId(x) AS id`;
    for (let i = 0; i < group.length; i += batchSize) {
      const rows = group.slice(i, i + batchSize).map((node) => ({ n: node.n, props: decodeProps(node.props, node.ints) }));
      for (const r of await db.write<{ n: number; id: string }>({ cypher, params: { rows } })) elementIds[r.n] = r.id;
      written += rows.length;
      progress(`nodes ${written}/${backup.nodes.length}`);
    }
  }
  const byType = new Map<string, RelLine[]>();
  for (const rel of backup.relationships) {
    if (!byType.has(rel.r)) byType.set(rel.r, []);
    byType.get(rel.r)!.push(rel);
  }
  let linked = 0;
  for (const [type, group] of byType) {
    // Types come from the closed list STORED_TYPES.
    const cypher = `UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.from MATCH (b) WHERE elementId(b) = row.to CREATE (a)-[x:${type}]->(b) SET x = row.props RETURN count(x) AS n`;
    for (let i = 0; i < group.length; i += batchSize) {
      const rows = group.slice(i, i + batchSize).map((rel) => ({ from: elementIds[rel.from], to: elementIds[rel.to], props: decodeProps(rel.props, rel.ints) }));
      const [row] = await db.write<{ n: number }>({ cypher, params: { rows } });
      if (row?.n !== rows.length) throw new Error(`restoring ${type}: ${row?.n ?? 0} of ${rows.length} relationships written`);
      linked += rows.length;
      progress(`relationships ${linked}/${backup.relationships.length}`);
    }
  }
  return { nodes: written, relationships: linked, changeSeq: backup.header.changeSeq };
}

/**
 * Every node and relationship with every property and its Neo4j type, as sorted canonical strings: two databases
 * hold the same graph exactly when their snapshots are equal (what the backup and export round trips compare).
 * `skipLabels` leaves out nodes with any of those labels and their relationships.
 */
export async function snapshotDatabase(gateway: GraphGateway, options: { skipLabels?: string[] } = {}): Promise<{ nodes: string[]; relationships: string[] }> {
  const skip = options.skipLabels ?? [];
  const db = gateway.forBulkWork();
  const canonical = (labels: string[], props: Record<string, unknown>, types: [string, string][]) => {
    const typeOf = new Map(types);
    return JSON.stringify([[...labels].sort(), Object.keys(props).sort().map((k) => [k, typeOf.get(k), JSON.stringify(encode(props[k], k))])]);
  };
  // Streamed, and an edge names its ends by their text's digest: a graph of 200 000 nodes fits in memory.
  return db.readTx(async (tx) => {
    const nodeText: string[] = [];
    const digestOf = new Map<string, string>();
    for await (const r of tx.run(`MATCH (x) WHERE none(l IN labels(x) WHERE l IN $skip) RETURN elementId(x) AS id, labels(x) AS labels, properties(x) AS props, [k IN keys(x) | [k, valueType(x[k])]] AS types`, { skip })) {
      const text = canonical(r.get('labels') as string[], r.get('props') as Record<string, unknown>, r.get('types') as [string, string][]);
      nodeText.push(text);
      digestOf.set(String(r.get('id')), createHash('sha256').update(text).digest('base64url').slice(0, 22));
    }
    const relationships: string[] = [];
    for await (const r of tx.run(`MATCH (a)-[x]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l IN $skip) RETURN elementId(a) AS from, elementId(b) AS to, type(x) AS type, properties(x) AS props, [k IN keys(x) | [k, valueType(x[k])]] AS types`, { skip })) {
      relationships.push(JSON.stringify([digestOf.get(String(r.get('from'))), r.get('type'), digestOf.get(String(r.get('to'))), canonical([], r.get('props') as Record<string, unknown>, r.get('types') as [string, string][])]));
    }
    return { nodes: nodeText.sort(), relationships: relationships.sort() };
  });
}
