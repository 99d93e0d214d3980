/**
 * A Bolt 4.4 server that plays a database just far enough for neo4j-driver to open sessions and run transactions:
 * HELLO, BEGIN, RUN, PULL, COMMIT, ROLLBACK, RESET, GOODBYE, with every statement answering one row `1`. It records
 * what each BEGIN (and auto-commit RUN) carried, so a test sees the bookmarks the driver really sent over the wire;
 * each COMMIT answers a new bookmark, as a cluster member does. It is no Neo4j: it checks the driver's side only.
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | Struct;
interface Struct {
  signature: number;
  fields: Value[];
}

class Reader {
  offset = 0;
  constructor(private readonly buf: Buffer) {}
  value(): Value {
    const m = this.buf[this.offset++];
    if (m < 0x80) return m;
    if (m >= 0xf0) return m - 0x100;
    const hi = m & 0xf0;
    const n = m & 0x0f;
    if (hi === 0x80) return this.string(n);
    if (hi === 0x90) return this.list(n);
    if (hi === 0xa0) return this.map(n);
    if (hi === 0xb0) return this.struct(n);
    switch (m) {
      case 0xc0: return null;
      case 0xc1: return this.take(8).readDoubleBE(0);
      case 0xc2: return false;
      case 0xc3: return true;
      case 0xc8: return this.take(1).readInt8(0);
      case 0xc9: return this.take(2).readInt16BE(0);
      case 0xca: return this.take(4).readInt32BE(0);
      case 0xcb: return Number(this.take(8).readBigInt64BE(0));
      case 0xd0: return this.string(this.take(1).readUInt8(0));
      case 0xd1: return this.string(this.take(2).readUInt16BE(0));
      case 0xd2: return this.string(this.take(4).readUInt32BE(0));
      case 0xd4: return this.list(this.take(1).readUInt8(0));
      case 0xd5: return this.list(this.take(2).readUInt16BE(0));
      case 0xd8: return this.map(this.take(1).readUInt8(0));
      case 0xd9: return this.map(this.take(2).readUInt16BE(0));
      default: throw new Error(`bolt stub: unsupported marker 0x${m.toString(16)}`);
    }
  }
  private take(n: number): Buffer {
    const out = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
  private string(n: number): string {
    return this.take(n).toString('utf8');
  }
  private list(n: number): Value[] {
    return Array.from({ length: n }, () => this.value());
  }
  private map(n: number): { [key: string]: Value } {
    const out: { [key: string]: Value } = {};
    for (let i = 0; i < n; i++) out[this.value() as string] = this.value();
    return out;
  }
  private struct(n: number): Struct {
    const signature = this.buf[this.offset++];
    return { signature, fields: Array.from({ length: n }, () => this.value()) };
  }
}

function pack(value: Value): Buffer {
  if (value === null) return Buffer.from([0xc0]);
  if (value === true) return Buffer.from([0xc3]);
  if (value === false) return Buffer.from([0xc2]);
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= -16 && value < 128) return Buffer.from([value & 0xff]);
    const b = Buffer.alloc(9);
    if (Number.isInteger(value)) {
      b[0] = 0xcb;
      b.writeBigInt64BE(BigInt(value), 1);
    } else {
      b[0] = 0xc1;
      b.writeDoubleBE(value, 1);
    }
    return b;
  }
  const sized = (small: number, big: number, n: number) => (n < 16 ? Buffer.from([small + n]) : Buffer.from([big, n >> 8, n & 0xff]));
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([sized(0x80, 0xd1, bytes.length), bytes]);
  }
  if (Array.isArray(value)) return Buffer.concat([sized(0x90, 0xd5, value.length), ...value.map(pack)]);
  if ('signature' in value && 'fields' in value && Array.isArray(value.fields)) {
    const s = value as Struct;
    return Buffer.concat([Buffer.from([0xb0 + s.fields.length, s.signature]), ...s.fields.map(pack)]);
  }
  const entries = Object.entries(value as { [key: string]: Value });
  return Buffer.concat([sized(0xa0, 0xd9, entries.length), ...entries.flatMap(([k, v]) => [pack(k), pack(v)])]);
}

const SUCCESS = 0x70;
const RECORD = 0x71;
const message = (signature: number, ...fields: Value[]) => {
  const body = pack({ signature, fields });
  const head = Buffer.alloc(2);
  head.writeUInt16BE(body.length);
  return Buffer.concat([head, body, Buffer.from([0, 0])]);
};

/** What one transaction carried: how it began (its metadata, bookmarks included) and its statements. */
export interface SeenTransaction {
  kind: 'BEGIN' | 'AUTOCOMMIT';
  mode: 'r' | 'w';
  bookmarks: string[];
  statements: string[];
  committedAt: string | null;
}

export interface BoltStub {
  uri: string;
  transactions: SeenTransaction[];
  close(): Promise<void>;
}

/** Starts the stub on a free port of 127.0.0.1. */
export async function startBoltStub(): Promise<BoltStub> {
  const transactions: SeenTransaction[] = [];
  const sockets = new Set<Socket>();
  let commits = 0;
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffered = Buffer.alloc(0);
    let shaken = false;
    let chunks: Buffer[] = [];
    let current: SeenTransaction | null = null;
    const reply = (...buffers: Buffer[]) => socket.write(Buffer.concat(buffers));
    const handle = (msg: Struct) => {
      const [first, second, third] = msg.fields;
      switch (msg.signature) {
        case 0x01: // HELLO
          return reply(message(SUCCESS, { server: 'Neo4j/4.4.0', connection_id: 'bolt-stub' }));
        case 0x11: { // BEGIN
          const meta = (first ?? {}) as { bookmarks?: string[]; mode?: 'r' };
          current = { kind: 'BEGIN', mode: meta.mode === 'r' ? 'r' : 'w', bookmarks: meta.bookmarks ?? [], statements: [], committedAt: null };
          transactions.push(current);
          return reply(message(SUCCESS, {}));
        }
        case 0x10: { // RUN: inside a transaction, or auto-commit with its own metadata
          if (!current) {
            const meta = (third ?? {}) as { bookmarks?: string[]; mode?: 'r' };
            current = { kind: 'AUTOCOMMIT', mode: meta.mode === 'r' ? 'r' : 'w', bookmarks: meta.bookmarks ?? [], statements: [], committedAt: null };
            transactions.push(current);
          }
          current.statements.push(String(first));
          void second;
          return reply(message(SUCCESS, { fields: ['x'], t_first: 0, qid: 0 }));
        }
        case 0x3f: { // PULL
          const done: Record<string, Value> = { has_more: false, type: current?.mode ?? 'r', t_last: 0, db: 'neo4j' };
          if (current?.kind === 'AUTOCOMMIT') {
            current.committedAt = done.bookmark = `stub:${++commits}`;
            current = null;
          }
          return reply(message(RECORD, [1]), message(SUCCESS, done));
        }
        case 0x12: { // COMMIT
          const bookmark = `stub:${++commits}`;
          if (current) current.committedAt = bookmark;
          current = null;
          return reply(message(SUCCESS, { bookmark }));
        }
        case 0x13: // ROLLBACK
        case 0x0f: // RESET
          current = null;
          return reply(message(SUCCESS, {}));
        case 0x02: // GOODBYE
          return socket.end();
        default:
          return reply(message(SUCCESS, {}));
      }
    };
    socket.on('data', (data: Buffer) => {
      buffered = Buffer.concat([buffered, data]);
      if (!shaken) {
        if (buffered.length < 20) return;
        buffered = buffered.subarray(20);
        shaken = true;
        socket.write(Buffer.from([0, 0, 4, 4])); // Bolt 4.4
      }
      while (buffered.length >= 2) {
        const size = buffered.readUInt16BE(0);
        if (buffered.length < 2 + size) return;
        if (size === 0) {
          if (chunks.length) handle(new Reader(Buffer.concat(chunks)).value() as Struct);
          chunks = [];
        } else {
          chunks.push(buffered.subarray(2, 2 + size));
        }
        buffered = buffered.subarray(2 + size);
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as AddressInfo).port}`,
    transactions,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
