#!/usr/bin/env node
// `npm run bench:gate`: bench/gate.ts with a private temp directory, removed at the end, so the gate leaves /tmp as
// it found it (its Neo4j store, the JVM's and tsx's temp files all live there). Arguments pass through (--record).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const privateTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-gate-run-'));
const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, '../bench/gate.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: privateTmp, TMP: privateTmp, TEMP: privateTmp },
});
fs.rmSync(privateTmp, { recursive: true, force: true });
process.exit(result.status ?? 1);
