#!/usr/bin/env node
// `npm run build`: the API as one file, dist/main.js, run by plain node (`npm start`) — no TypeScript compiler in
// the running process. Our own code is bundled; packages stay in node_modules (some carry native or wasm files).
// Modules find files beside themselves (schema/, seed/, console/) through __dirname, which in a bundle would be
// dist/: each module's __dirname is rewritten to its own source folder, relative to dist/, so paths resolve the same.
// Then the console's front end is bundled into dist/console/ (src/cli/buildConsole.ts), so the served process reads
// it from disk and no request waits for a build.
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const { build } = require('esbuild');

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'dist');

/** Gives every bundled module of ours the __dirname it has when run from source. */
const sourceDirname = {
  name: 'source-dirname',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!source.includes('__dirname')) return { contents: source, loader: 'ts' };
      const relative = path.relative(outdir, path.dirname(args.path)).split(path.sep).join('/');
      const contents = source.replace(/\b__dirname\b/g, `require('node:path').resolve(__dirname, ${JSON.stringify(relative)})`);
      return { contents, loader: 'ts' };
    });
  },
};

build({
  entryPoints: { main: path.join(root, 'src/main.ts'), 'build-console': path.join(root, 'src/cli/buildConsole.ts') },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node24',
  packages: 'external',
  sourcemap: 'linked',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
  plugins: [sourceDirname],
  // The bundle serves the console from dist/console (src/console/bundle.ts), built below.
  define: { 'process.env.PLANGRAPH_PREBUILT_CONSOLE': '"true"' },
})
  .then(() => {
    const bundled = spawnSync(process.execPath, [path.join(outdir, 'build-console.js')], { cwd: root, stdio: 'inherit' });
    if (bundled.status !== 0) process.exit(1);
  })
  .catch(() => process.exit(1));
