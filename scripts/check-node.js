#!/usr/bin/env node
// Run first by `npm start` and `npm test`: on a Node outside package.json's `engines`, say in one line which Node to
// use and how to get it, and stop (exit 1) before anything else runs. Plain CommonJS with no dependencies, so it
// runs on any Node old enough to be the wrong one. PLANGRAPH_CHECK_NODE_VERSION stands in for the running version
// (tests/unit/check-node.test.ts).
const { readFileSync } = require('node:fs');
const path = require('node:path');

/** [major, minor, patch] of "24", "24.1" or "v24.1.2". */
const parts = (version) => {
  const [major = 0, minor = 0, patch = 0] = String(version).replace(/^v/, '').split('.').map((x) => Number.parseInt(x, 10) || 0);
  return [major, minor, patch];
};
const compare = (a, b) => {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
};

/** Whether `version` satisfies a range of space-separated comparators (">=24 <25"), alternatives joined by "||". */
function satisfies(version, range) {
  const v = parts(version);
  return range.split('||').some((alternative) =>
    alternative.trim().split(/\s+/).filter(Boolean).every((comparator) => {
      const [, op = '=', bound] = /^(>=|<=|>|<|=|\^|~)?v?(.+)$/.exec(comparator) ?? [];
      const b = parts(bound);
      const c = compare(v, b);
      if (op === '>=') return c >= 0;
      if (op === '>') return c > 0;
      if (op === '<=') return c <= 0;
      if (op === '<') return c < 0;
      if (op === '^') return v[0] === b[0] && c >= 0;
      if (op === '~') return v[0] === b[0] && v[1] === b[1] && c >= 0;
      return bound.split('.').length === 1 ? v[0] === b[0] : c === 0;
    }),
  );
}

/** The one line for a Node outside `range`, or null when `version` is in it. */
function verdict(version, range, platform = process.platform, arch = process.arch) {
  if (satisfies(version, range)) return null;
  const major = parts(/(\d+)/.exec(range)?.[1] ?? '24')[0];
  const pkg = `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
  const bin = `~/.cache/plangraph/node${major}/node_modules/${pkg}/bin`;
  return (
    `PlanGraph needs Node ${major} (package.json engines "${range}"), not ${String(version).replace(/^v?/, 'v')}: ` +
    `run \`nvm install ${major}\`, or \`npm install --prefix ~/.cache/plangraph/node${major} ${pkg}@${major}\` and put ${bin} first on PATH; then run this again.`
  );
}

/** Prints the line and exits 1 when the running Node is outside package.json's `engines`. */
function exitUnlessSupported() {
  const { engines } = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
  const line = verdict(process.env.PLANGRAPH_CHECK_NODE_VERSION || process.versions.node, engines.node);
  if (line) {
    process.stderr.write(`${line}\n`);
    process.exit(1);
  }
}

module.exports = { satisfies, verdict, exitUnlessSupported };

if (require.main === module) exitUnlessSupported();
