/**
 * Import cycles, found by madge from the TypeScript sources (type-only imports left out: they vanish at compile time).
 * Fails on a cycle between modules, and on a cycle between folders of src/ (each file directly under src/ counts as a
 * folder of its own, so `errors.ts` or `context.ts` used everywhere makes no cycle). Used by scripts/check-architecture.sh.
 */
import path from 'node:path';
import madge from 'madge';

const root = path.resolve(__dirname, '..');

/** The folder a module belongs to: `src/indicator` for `src/indicator/indicator.resolvers.ts`, the file itself at the top of src/. */
function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : file;
}

/** Every elementary cycle would be too many to print; one cycle through each strongly connected group is enough to act on. */
function folderCycles(graph: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  for (const start of graph.keys()) {
    if (done.has(start)) continue;
    // Breadth-first from `start` back to itself, the shortest cycle through it.
    const previous = new Map<string, string>();
    const queue = [start];
    let found: string[] | null = null;
    while (queue.length && !found) {
      const at = queue.shift()!;
      for (const next of graph.get(at) ?? []) {
        if (next === start) {
          const cycle = [at];
          while (cycle[0] !== start) cycle.unshift(previous.get(cycle[0])!);
          found = cycle;
          break;
        }
        if (!previous.has(next)) {
          previous.set(next, at);
          queue.push(next);
        }
      }
    }
    if (found) {
      cycles.push(found);
      found.forEach((f) => done.add(f));
    }
  }
  return cycles;
}

async function main(): Promise<number> {
  const result = await madge(['src', 'seed'], {
    baseDir: root,
    fileExtensions: ['ts'],
    tsConfig: path.join(root, 'tsconfig.json'),
    excludeRegExp: [/__generated__/, /node_modules/],
    detectiveOptions: { ts: { skipTypeImports: true }, es6: { skipTypeImports: true } },
  });
  let failed = false;
  const moduleCycles = result.circular();
  if (moduleCycles.length) {
    failed = true;
    console.error(`import cycles between modules (${moduleCycles.length}):`);
    for (const cycle of moduleCycles) console.error(`  ${cycle.join(' → ')}`);
  }
  const graph = new Map<string, Set<string>>();
  for (const [file, imports] of Object.entries(result.obj())) {
    if (!file.startsWith('src/')) continue;
    const from = folderOf(file);
    for (const imported of imports) {
      if (!imported.startsWith('src/')) continue;
      const to = folderOf(imported);
      if (to !== from) (graph.get(from) ?? graph.set(from, new Set()).get(from)!).add(to);
    }
  }
  const cycles = folderCycles(graph);
  if (cycles.length) {
    failed = true;
    console.error(`import cycles between folders of src/ (${cycles.length}):`);
    for (const cycle of cycles) {
      const edges = cycle.map((from, i) => {
        const to = cycle[(i + 1) % cycle.length];
        const via = Object.entries(result.obj()).find(([f, imports]) => folderOf(f) === from && imports.some((x) => folderOf(x) === to));
        return `${from} → ${to}${via ? ` (${via[0]} imports ${via[1].find((x) => folderOf(x) === to)})` : ''}`;
      });
      console.error(`  ${edges.join('\n    ')}`);
    }
  }
  const files = Object.keys(result.obj()).length;
  if (!failed) console.log(`import cycles: none among ${files} modules and ${graph.size} folders of src/`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (error) => {
  console.error(error);
  process.exit(2);
});
