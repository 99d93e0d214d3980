import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/** The console's front-end sources (Preact + Cytoscape.js + Chart.js, all from node_modules). */
export const CONSOLE_DIR = path.resolve(__dirname, '../../console');

/** Where `npm run build` writes the console's bundle (and the report's chart script), served from there by the production build. */
export const CONSOLE_BUILD_DIR = path.resolve(__dirname, '../../dist/console');

/** The path the console's assets are served under. */
export const CONSOLE_PUBLIC_PATH = '/console/';

/** The report's chart script, beside the console's files. */
const REPORT_CHARTS = 'report-charts.js';

/** A built file served from memory. */
export interface BuiltFile {
  contents: Uint8Array;
  type: string;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.woff2': 'font/woff2', '.woff': 'font/woff', '.map': 'application/json' };

const common: BuildOptions = {
  bundle: true,
  minify: true,
  write: false,
  target: 'es2020',
  tsconfig: path.join(CONSOLE_DIR, 'tsconfig.json'),
  logLevel: 'silent',
  legalComments: 'none',
};

/**
 * Whether this process runs the production bundle (scripts/build.js defines it): then the console is read from
 * CONSOLE_BUILD_DIR, built with the bundle, and never built on a request; from source (tsx, jest) it is built in memory.
 */
export const PREBUILT = process.env.PLANGRAPH_PREBUILT_CONSOLE === 'true';

/** Bundles the console into memory (no files written, nothing fetched): app.js, app.css and the font files it names. */
export async function buildConsole(publicPath = CONSOLE_PUBLIC_PATH): Promise<Map<string, BuiltFile>> {
  const outdir = path.join(CONSOLE_DIR, 'out');
  const result = await build({
    ...common,
    entryPoints: { app: path.join(CONSOLE_DIR, 'src/main.tsx') },
    format: 'iife',
    outdir,
    publicPath,
    assetNames: '[name]-[hash]',
    loader: { '.woff2': 'file', '.woff': 'file' },
  });
  return new Map((result.outputFiles ?? []).map((f) => [path.relative(outdir, f.path), { contents: f.contents, type: TYPES[path.extname(f.path)] ?? 'application/octet-stream' }]));
}

/** Bundles the report's chart script (Chart.js and the shared per-kind chart drawing). */
async function buildReportCharts(): Promise<string> {
  const r = await build({ ...common, entryPoints: [path.join(CONSOLE_DIR, 'src/reportCharts.ts')], format: 'iife', outfile: REPORT_CHARTS });
  return r.outputFiles![0].text.replace(/<\/script/gi, '<\\/script');
}

/** `npm run build`'s console step: the console's files and the report's chart script written to `dir`, replacing what was there. */
export async function writeConsoleBuild(dir = CONSOLE_BUILD_DIR): Promise<string[]> {
  const [files, charts] = await Promise.all([buildConsole(), buildReportCharts()]);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, file] of files) writeFileSync(path.join(dir, name), file.contents);
  writeFileSync(path.join(dir, REPORT_CHARTS), charts);
  const names = [...files.keys()];
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ files: names }, null, 1));
  return [...names, REPORT_CHARTS];
}

/** The prebuilt console read from disk; a production bundle without it is a broken build and says so. */
export function readConsoleBuild(dir = CONSOLE_BUILD_DIR): Map<string, BuiltFile> {
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`the console's bundle is missing (${manifest}): run npm run build`);
  const { files } = JSON.parse(readFileSync(manifest, 'utf8')) as { files: string[] };
  return new Map(files.map((name) => [name, { contents: readFileSync(path.join(dir, name)), type: TYPES[path.extname(name)] ?? 'application/octet-stream' }]));
}

let reportCharts: Promise<string> | null = null;

/** The report's chart script, inlined by the report: read from the build in production, else bundled once. */
export function reportChartsScript(): Promise<string> {
  return (reportCharts ??= PREBUILT ? Promise.resolve(readFileSync(path.join(CONSOLE_BUILD_DIR, REPORT_CHARTS), 'utf8')) : buildReportCharts());
}
