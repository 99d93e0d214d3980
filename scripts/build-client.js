#!/usr/bin/env node
// Builds the typed client (client/) as a package plain Node can use: client/dist/index.mjs (ESM) and index.cjs
// (CommonJS), bundled by esbuild with the one function it needs from graphql (print), so it has no runtime
// dependency; and client/dist/types/*.d.ts by tsc for TypeScript users. Run by the client's `prepack`, so `npm pack`
// in client/ always packs a fresh build (tests/integration/client-package.test.ts).
const { spawnSync } = require('node:child_process');
const { rmSync } = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const CLIENT = path.join(__dirname, '..', 'client');
const DIST = path.join(CLIENT, 'dist');

async function main() {
  rmSync(DIST, { recursive: true, force: true });
  const common = {
    entryPoints: [path.join(CLIENT, 'src/index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node18',
    // graphql's ES modules, so only `print` and what it uses are bundled.
    mainFields: ['module', 'main'],
    legalComments: 'linked',
    logLevel: 'warning',
  };
  await esbuild.build({ ...common, format: 'esm', outfile: path.join(DIST, 'index.mjs') });
  await esbuild.build({ ...common, format: 'cjs', outfile: path.join(DIST, 'index.cjs') });
  const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(CLIENT, 'tsconfig.build.json')],
    { stdio: 'inherit' },
  );
  if (tsc.status !== 0) throw new Error(`tsc (declarations) failed with exit ${tsc.status}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
