// A planner's import through the API, against the production build (NODE_ENV=production, npm start's command) on a
// private Neo4j seeded with the plan: the preview writes nothing (whole-store checksum), the confirmation imports what
// was previewed, a preview the file or the database has moved past is refused PREVIEW_STALE, callers below PLANNER are
// refused, and files past the limits are refused with their code. Everything the file wrote is removed after, and the
// store is then as it was.
import { randomBytes } from 'node:crypto';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { syntheticPlan } from '../support/syntheticPlan';
import { startProductionApi, type ProductionApi } from '../support/production';
import { auditSeq, rewindAudit, startPrivateStore, storeFingerprint, type PrivateStore, type StoreFingerprint } from '../support/privateStore';
import type { GqlResponse } from '../support/api';

jest.setTimeout(300_000);

const PLANNER = 'planner-token';
const RUN = `ia${Date.now().toString(36)}`;
const KEY = `${RUN}-qs-15`;
const code = (res: GqlResponse) => res.errors?.[0]?.extensions?.code;

const PREVIEW = `mutation($input: PlanFileInput!) { previewPlanImport(input: $input) {
  key format title period { start end } jurisdiction { name level parent } numbering replaces digest warnings
  tasks { code level name parentCode line }
  indicators { code name category attribute source target { raw value unit kind comparator ceiling } quote line }
  skipped { line page text reason }
  proposals { relation confidence evidence quote from { id label code name } to { id label code name } }
  counts { tasks goals indicators tableIndicators textIndicators citations agencies newAgencies laws newLaws proposals skippedLines nodes edges } } }`;
const IMPORT = `mutation($input: PlanFileInput!, $digest: String!) { importPlanFile(input: $input, previewDigest: $digest) {
  plan { id name periodStart periodEnd jurisdiction { name } } counts { tasks indicators nodes edges proposals } proposalsStored proposalsAlreadyJudged digest } }`;

const plan = syntheticPlan('B');

/** A real .docx: the plan's text a paragraph a line, and a photograph of `pictureBytes` (random pixels' worth of bytes, as a camera's JPEG). */
async function wordFileWithPicture(text: string, pictureBytes: number): Promise<Buffer> {
  const picture = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(pictureBytes)]);
  const paragraphs = text.split('\n').filter((line) => line.trim()).map((line) => new Paragraph({ children: [new TextRun(line)] }));
  const photo = new Paragraph({ children: [new ImageRun({ type: 'jpg', data: picture, transformation: { width: 400, height: 300 }, altText: { name: '现场照片', description: '现场照片', title: '现场照片' } })] });
  return Packer.toBuffer(new Document({ sections: [{ children: [...paragraphs.slice(0, 12), photo, ...paragraphs.slice(12)] }] }));
}
const file = (text: string, fileName = 'qingshan-15.txt', key = KEY) => ({ fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64'), key });

let store: PrivateStore;
let api: ProductionApi;
let before: StoreFingerprint;
let seq: number | null;

const nodesOfKey = async () => (await store.api.db.read<{ n: number }>({ cypher: 'MATCH (n:Entity {seedPlan: $key}) RETURN count(n) AS n', params: { key: KEY } }))[0].n;

beforeAll(async () => {
  store = await startPrivateStore();
  api = await startProductionApi(store.neo4jEnv);
  before = await storeFingerprint(store.api.db);
  seq = await auditSeq(store.api.db);
}, 600_000);

afterAll(async () => {
  if (store) {
    await store.api.db.write({ cypher: 'MATCH (n:Entity {seedPlan: $key}) DETACH DELETE n', params: { key: KEY } });
    await store.api.db.write({ cypher: 'MATCH (m:PlanGraphMeta {key: $meta}) DELETE m', params: { meta: `seed:${KEY}` } });
    await rewindAudit(store.api.db, seq);
    // Nothing of this file's is left.
    expect(await storeFingerprint(store.api.db)).toEqual(before);
  }
  await api?.close();
  await store?.close();
});

describe('previewPlanImport', () => {
  it('shows the outline, the indicators with parsed targets, the skipped lines and the proposals, and writes nothing', async () => {
    const res = await api.gql(PREVIEW, { input: file(plan.text) }, PLANNER);
    expect(res.errors).toBeUndefined();
    const p = res.data!.previewPlanImport;
    expect(p).toMatchObject({ key: KEY, format: 'TEXT', title: plan.title, period: { start: 2026, end: 2030 }, replaces: false });
    expect(p.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(p.tasks.map((t: any) => [t.code, t.level, t.name, t.parentCode])).toEqual(plan.tasks.map((t) => [t.code, t.level, t.name, t.parentCode]));
    const table = p.indicators.filter((i: any) => i.source === 'TABLE');
    expect(table.map((i: any) => i.name)).toEqual(plan.indicators.map((i) => i.name));
    for (const [i, expected] of plan.indicators.entries()) {
      expect(table[i].target).toMatchObject({ value: expected.target.value, kind: expected.target.kind, comparator: expected.target.comparator, ceiling: expected.target.ceiling });
      expect(table[i].attribute).toBe(expected.attribute);
    }
    // The page's chrome and its injected junk are listed with their reasons, not dropped silently.
    expect(p.skipped.length).toBeGreaterThan(0);
    expect(p.skipped.every((s: any) => s.reason.length > 0)).toBe(true);
    expect(p.skipped.some((s: any) => s.text === plan.junk)).toBe(true);
    expect(p.proposals.length).toBeGreaterThan(0);
    expect(p.proposals.every((x: any) => x.confidence > 0 && x.confidence <= 1 && x.from.name && x.to.name)).toBe(true);
    const confidences = p.proposals.map((x: any) => x.confidence);
    expect(confidences).toEqual([...confidences].sort((a: number, b: number) => b - a));
    expect(p.counts).toMatchObject({ tasks: plan.tasks.length, tableIndicators: plan.indicators.length, proposals: p.proposals.length, skippedLines: p.skipped.length });
    // A dry run: the store is as it was, node for node and property for property.
    expect(await storeFingerprint(store.api.db)).toEqual(before);
    expect(await nodesOfKey()).toBe(0);
  });

  it('gives the same digest for the same file and database, a different one for a changed file', async () => {
    const a = await api.gql(PREVIEW, { input: file(plan.text) }, PLANNER);
    const b = await api.gql(PREVIEW, { input: file(plan.text) }, PLANNER);
    const changed = await api.gql(PREVIEW, { input: file(plan.text.replace(plan.tasks[3].name, `${plan.tasks[3].name}和监测`)) }, PLANNER);
    expect(a.data!.previewPlanImport.digest).toBe(b.data!.previewPlanImport.digest);
    expect(changed.data!.previewPlanImport.digest).not.toBe(a.data!.previewPlanImport.digest);
  });

  it('keeps the importer’s refusals and their codes, and stores nothing', async () => {
    const noPlan = await api.gql(PREVIEW, { input: file('这是一段没有任何章节的文字。\n只有两行。') }, PLANNER);
    expect(code(noPlan)).toBe('IMPORT_REFUSED');
    expect(noPlan.errors![0].message).toMatch(/no plan structure/);
    const curated = await api.gql(PREVIEW, { input: file(plan.text, 'x.txt', 'lps-msm-14') }, PLANNER);
    expect(code(curated)).toBe('IMPORT_REFUSED');
    const badKey = await api.gql(PREVIEW, { input: file(plan.text, 'x.txt', 'Not A Key') }, PLANNER);
    expect(code(badKey)).toBe('IMPORT_REFUSED');
    const notBase64 = await api.gql(PREVIEW, { input: { fileName: 'x.txt', contentBase64: '不是base64!', key: KEY } }, PLANNER);
    expect(code(notBase64)).toBe('BAD_USER_INPUT');
    const binary = await api.gql(PREVIEW, { input: { fileName: 'x.txt', contentBase64: Buffer.from([0, 1, 2, 255, 0, 7]).toString('base64'), key: KEY } }, PLANNER);
    expect(code(binary)).toBe('UNSUPPORTED_FORMAT');
    // The file readers' own codes reach the caller as they name them.
    const notPdf = await api.gql(PREVIEW, { input: file('这不是PDF', 'plan.pdf') }, PLANNER);
    expect(code(notPdf)).toBe('UNREADABLE_FILE');
    const oldWord = await api.gql(PREVIEW, { input: { fileName: 'plan.doc', contentBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]).toString('base64'), key: KEY } }, PLANNER);
    expect(code(oldWord)).toBe('UNSUPPORTED_FORMAT');
    expect(await storeFingerprint(store.api.db)).toEqual(before);
  });
});

describe('who may import', () => {
  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['a READER', 'reader-token', 'FORBIDDEN'],
    ['an ANALYST', 'analyst-token', 'FORBIDDEN'],
  ])('%s is refused both, and nothing is stored', async (_who, token, expected) => {
    const preview = await api.gql(PREVIEW, { input: file(plan.text) }, token);
    expect(code(preview)).toBe(expected);
    const imported = await api.gql(IMPORT, { input: file(plan.text), digest: '0'.repeat(64) }, token);
    expect(code(imported)).toBe(expected);
    expect(await storeFingerprint(store.api.db)).toEqual(before);
  });
});

describe('the body limits', () => {
  it('a Word file of a few MB (a plan with a photograph) previews for a PLANNER; the same body is too large for a READER (413 PAYLOAD_TOO_LARGE)', async () => {
    const docx = await wordFileWithPicture(plan.text, 3 * 1024 * 1024);
    const input = { fileName: 'qingshan-15.docx', contentBase64: docx.toString('base64'), key: KEY };
    expect(input.contentBase64.length).toBeGreaterThan(4 * 1024 * 1024);
    const asPlanner = await api.gql(PREVIEW, { input }, PLANNER);
    expect(asPlanner.errors).toBeUndefined();
    expect(asPlanner.data!.previewPlanImport).toMatchObject({ format: 'DOCX', title: plan.title, counts: { tasks: plan.tasks.length } });
    // The picture is listed as left out of the text, not dropped silently.
    expect(asPlanner.data!.previewPlanImport.skipped.some((x: any) => /picture/.test(x.reason))).toBe(true);
    const asReader = await api.gql(PREVIEW, { input }, 'reader-token');
    expect(asReader.status).toBe(413);
    expect(code(asReader)).toBe('PAYLOAD_TOO_LARGE');
    expect(await storeFingerprint(store.api.db)).toEqual(before);
  });

  it('a body past the writers’ limit (MAX_BODY_WRITE, 50 MB) is refused 413 PAYLOAD_TOO_LARGE before it is read', async () => {
    const huge = { fileName: 'huge.txt', contentBase64: 'A'.repeat(51 * 1024 * 1024), key: KEY };
    const res = await api.gql(PREVIEW, { input: huge }, PLANNER);
    expect(res.status).toBe(413);
    expect(code(res)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a file past MAX_PLAN_FILE (20 MB decoded) within the body limit is refused PAYLOAD_TOO_LARGE', async () => {
    const big = { fileName: 'big.txt', contentBase64: 'A'.repeat(28 * 1024 * 1024), key: KEY };
    const res = await api.gql(PREVIEW, { input: big }, PLANNER);
    expect(code(res)).toBe('PAYLOAD_TOO_LARGE');
    expect(res.errors![0].message).toMatch(/MAX_PLAN_FILE/);
    expect(await storeFingerprint(store.api.db)).toEqual(before);
  });
});

describe('importPlanFile', () => {
  let digest: string;
  let preview: any;

  it('refuses a digest the file does not give (PREVIEW_STALE), storing nothing', async () => {
    preview = (await api.gql(PREVIEW, { input: file(plan.text) }, PLANNER)).data!.previewPlanImport;
    digest = preview.digest;
    const otherFile = plan.text.replace(plan.tasks[3].name, `${plan.tasks[3].name}和监测`);
    const res = await api.gql(IMPORT, { input: file(otherFile), digest }, PLANNER);
    expect(code(res)).toBe('PREVIEW_STALE');
    expect(await storeFingerprint(store.api.db)).toEqual(before);
  });

  it('imports the file as previewed, all of it, with one audit entry naming the planner', async () => {
    const seqBefore = await auditSeq(store.api.db);
    const res = await api.gql(IMPORT, { input: file(plan.text), digest }, PLANNER);
    expect(res.errors).toBeUndefined();
    const r = res.data!.importPlanFile;
    expect(r.plan).toMatchObject({ id: `Plan:${KEY}`, name: plan.title, periodStart: 2026, periodEnd: 2030 });
    expect(r.digest).toBe(digest);
    expect(r.counts).toEqual({ tasks: preview.counts.tasks, indicators: preview.counts.indicators, nodes: preview.counts.nodes, edges: preview.counts.edges, proposals: preview.counts.proposals });
    const tasks = await api.gql('query($plan: ID!) { tasks(filter: {plan: $plan}) { totalCount } indicators(filter: {plan: $plan, source: [TABLE, TEXT]}) { totalCount } proposals(plan: $plan, first: 1) { totalCount } }', { plan: `Plan:${KEY}` });
    expect(tasks.data).toEqual({ tasks: { totalCount: preview.counts.tasks }, indicators: { totalCount: preview.counts.indicators }, proposals: { totalCount: r.proposalsStored } });
    expect(r.proposalsStored).toBeGreaterThan(0);
    expect(await nodesOfKey()).toBeGreaterThan(preview.counts.tasks);
    const changes = await store.api.db.read<{ by: string; action: string }>({ cypher: 'MATCH (c:Change) WHERE c.seq > $seq RETURN c.by AS by, c.action AS action', params: { seq: seqBefore ?? 0 } });
    expect(changes).toEqual([{ by: 'planner-bot', action: 'IMPORT_PLAN' }]);
  });

  it('a preview the database has moved past is stale: the key now holds the plan, so the old digest is refused', async () => {
    const stored = await storeFingerprint(store.api.db);
    const res = await api.gql(IMPORT, { input: file(plan.text), digest }, PLANNER);
    expect(code(res)).toBe('PREVIEW_STALE');
    expect(await storeFingerprint(store.api.db)).toEqual(stored);
    // Previewed again: it says the import replaces the stored plan, under a new digest that confirms.
    const again = (await api.gql(PREVIEW, { input: file(plan.text) }, PLANNER)).data!.previewPlanImport;
    expect(again.replaces).toBe(true);
    expect(again.digest).not.toBe(digest);
    expect(again.warnings.join('\n')).toMatch(/replaces/);
    const reimported = await api.gql(IMPORT, { input: file(plan.text), digest: again.digest }, PLANNER);
    expect(reimported.errors).toBeUndefined();
  });
});
