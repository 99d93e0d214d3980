import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApi, type TestApi } from '../support/api';
import { ROOT } from '../support/paths';

/**
 * The typed client as another team gets it: `npm pack` in client/ (its prepack builds dist/), installed from the
 * tarball into an empty folder with npm offline (the package has no runtime dependency, so nothing is fetched), and
 * run by plain Node — no TypeScript, no tsx — as an ES module and as CommonJS against the running API.
 */
let api: TestApi;
let work: string;
let tarball: string;
let consumer: string;

const sh = (command: string, args: string[], cwd: string) => {
  const res = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 180_000, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  if (res.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${res.status}):\n${res.stdout}\n${res.stderr}`);
  return res.stdout;
};

beforeAll(async () => {
  api = await startTestApi();
  work = mkdtempSync(path.join(os.tmpdir(), 'plangraph-client-package-'));
  const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], path.join(ROOT, 'client'))) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(work, packed[0].filename);
  consumer = path.join(work, 'consumer');
  sh('mkdir', ['-p', consumer], work);
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], consumer);
}, 300_000);

afterAll(async () => {
  if (work) rmSync(work, { recursive: true, force: true });
  await api?.close();
});

const SCRIPT = (load: string) => `${load}
const client = new PlanGraphClient({ url: process.env.PLANGRAPH_URL });
const { indicators } = await client.request(IndicatorsDocument, { filter: { attribute: 'BINDING' }, first: 2 });
let refused;
try { await client.request(IndicatorsDocument, { after: 'garbage' }); } catch (error) { refused = { isClientError: error instanceof PlanGraphClientError, code: error.code }; }
let down;
try { await new PlanGraphClient({ url: 'http://127.0.0.1:9', timeoutMs: 2000 }).request(IndicatorsDocument, {}); } catch (error) { down = error.code; }
console.log(JSON.stringify({ totalCount: indicators.totalCount, first: indicators.edges[0].node.attribute, refused, down, possibleTypes: Object.keys(possibleTypes) }));
`;
const EXPECTED = { totalCount: 24, first: 'BINDING', refused: { isClientError: true, code: 'BAD_USER_INPUT' }, down: 'NETWORK_ERROR', possibleTypes: ['Node', 'Ownable'] };

/** Runs a consumer script with plain Node; asynchronously, since the API it calls lives in this process. */
const runNode = (file: string, text: string) => {
  writeFileSync(path.join(consumer, file), text);
  return new Promise<{ status: number; stderr: string; answer: unknown }>((resolve) => {
    execFile(process.execPath, [file], { cwd: consumer, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PLANGRAPH_URL: api.url, NODE_OPTIONS: '' } }, (error, stdout, stderr) =>
      resolve({ status: error ? 1 : 0, stderr, answer: stdout ? JSON.parse(stdout) : null }),
    );
  });
};

describe('the typed client, packed, installed into an empty folder and run by plain Node', () => {
  it('packs only the built files: ESM, CommonJS, types, the README', () => {
    const files = sh('tar', ['-tzf', tarball], work).trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
    expect(files).toEqual(expect.arrayContaining(['README.md', 'dist/index.cjs', 'dist/index.mjs', 'dist/types/index.d.ts', 'package.json']));
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('installs with nothing else: no dependency, no network', () => {
    expect(readdirSync(path.join(consumer, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['@plangraph']);
    const pkg = JSON.parse(readFileSync(path.join(consumer, 'node_modules/@plangraph/client/package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('runs as an ES module (import)', async () => {
    expect(await runNode('esm.mjs', SCRIPT("import { PlanGraphClient, PlanGraphClientError, IndicatorsDocument, possibleTypes } from '@plangraph/client';"))).toEqual({ status: 0, stderr: '', answer: EXPECTED });
  });

  it('runs as CommonJS (require)', async () => {
    const text = `(async () => {\n${SCRIPT("const { PlanGraphClient, PlanGraphClientError, IndicatorsDocument, possibleTypes } = require('@plangraph/client');")}\n})();`;
    expect(await runNode('cjs.cjs', text)).toEqual({ status: 0, stderr: '', answer: EXPECTED });
  });

  it('gives TypeScript users its types (the `types` condition of its exports map)', () => {
    const pkg = JSON.parse(readFileSync(path.join(consumer, 'node_modules/@plangraph/client/package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/types/index.d.ts', import: './dist/index.mjs', require: './dist/index.cjs' });
    const types = readFileSync(path.join(consumer, 'node_modules/@plangraph/client/dist/types/index.d.ts'), 'utf8');
    expect(types).toContain("export * from './client'");
  });

  it('types a TypeScript consumer, ESM and CommonJS (nodenext), with graphql as its optional peer', () => {
    writeFileSync(path.join(consumer, 'typed.mts'), [
      "import { PlanGraphClient, IndicatorsDocument, type IndicatorsQuery } from '@plangraph/client';",
      "const client = new PlanGraphClient({ url: 'http://localhost:4000' });",
      "const page: IndicatorsQuery = await client.request(IndicatorsDocument, { filter: { attribute: 'BINDING' }, first: 2 });",
      'export const n: number = page.indicators.totalCount;',
      '// @ts-expect-error: the variables are typed, and NOPE is no IndicatorAttribute',
      "await client.request(IndicatorsDocument, { filter: { attribute: 'NOPE' } });",
    ].join('\n'));
    writeFileSync(path.join(consumer, 'typed.cts'), "import plangraph = require('@plangraph/client');\nexport const c: plangraph.PlanGraphClient = new plangraph.PlanGraphClient({ url: 'x' });\n");
    const peers = (name: string) => [path.join(ROOT, 'node_modules', name)];
    writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], strict: true, noEmit: true,
        paths: { graphql: peers('graphql'), '@graphql-typed-document-node/core': peers('@graphql-typed-document-node/core') } },
      files: ['typed.mts', 'typed.cts'],
    }));
    sh(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', consumer], consumer);
  });
});
