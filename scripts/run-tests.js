#!/usr/bin/env node
// `npm test`: jest with a private temp directory, so the run leaves /tmp as it found it.
// Everything the run creates there (Neo4j stores, Chromium profiles, tsx's cache, the JVM's unpacked native
// libraries) goes under one folder that is removed at the end, and the run fails in CI if anything of ours
// was left directly in the system temp directory anyway.
// First of all: on an unsupported Node, one line saying which to use, and stop.
require('./check-node').exitUnlessSupported();
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const systemTmp = os.tmpdir();
const ours = /^(plangraph-|jest_|tsx-|hsperfdata_|puppeteer_|\.org\.chromium\.)/;
const before = new Set(fs.readdirSync(systemTmp));
const privateTmp = fs.mkdtempSync(path.join(systemTmp, 'plangraph-test-run-'));

const jest = require.resolve('jest/bin/jest');
// The plan-file readers load ES-module-only packages (htmlparser2, pdfjs-dist); jest can load those from our
// CommonJS code only with VM modules on (Node 24's require(esm) and import()).
const nodeFlags = ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'];
const result = spawnSync(process.execPath, [...nodeFlags, jest, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: privateTmp, TMP: privateTmp, TEMP: privateTmp },
});
fs.rmSync(privateTmp, { recursive: true, force: true });

const left = fs.readdirSync(systemTmp).filter((name) => !before.has(name) && ours.test(name));
let status = result.status ?? 1;
if (left.length) {
  // Other programs on a shared machine may create such names too, so only CI (alone on its machine) fails on it.
  console.error(`\nleft in ${systemTmp} by this run: ${left.join(', ')}`);
  if (process.env.CI === 'true') status = status || 1;
} else {
  console.log(`\n${systemTmp} is as the run found it (its temp files lived in ${path.basename(privateTmp)}, now removed)`);
}
process.exit(status);
