import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/** The console's front-end sources (Preact + Cytoscape.js + Chart.js, all from node_modules). */
export const CONSOLE_DIR = path.resolve(__dirname, '../../console');

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

/** Bundles the console once into memory (no files written, nothing fetched): app.js, app.css and the font files it names. */
export async function buildConsole(publicPath: string): Promise<Map<string, BuiltFile>> {
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

let reportCharts: Promise<string> | null = null;

/** The report's chart script (Chart.js and the shared per-kind chart drawing), bundled once and inlined by the report. */
export function reportChartsScript(): Promise<string> {
  return (reportCharts ??= build({ ...common, entryPoints: [path.join(CONSOLE_DIR, 'src/reportCharts.ts')], format: 'iife', outfile: 'report-charts.js' }).then((r) =>
    r.outputFiles![0].text.replace(/<\/script/gi, '<\\/script'),
  ));
}
