/**
 * Facts the metrics report that happen outside a request's reach: imports under way and the embedded Neo4j's
 * restarts (told by the primary). Plain counters in this process, read when /metrics is scraped; kept apart from
 * prom-client so the writers that report progress need no registry.
 */

/** The kinds of import that report progress (a closed list: the `kind` label). */
export type ImportKind = 'graph' | 'plan_file' | 'measurements';

interface ImportState {
  running: number;
  items: number;
  finished: Record<'ok' | 'failed', number>;
}

const imports: Record<ImportKind, ImportState> = {
  graph: { running: 0, items: 0, finished: { ok: 0, failed: 0 } },
  plan_file: { running: 0, items: 0, finished: { ok: 0, failed: 0 } },
  measurements: { running: 0, items: 0, finished: { ok: 0, failed: 0 } },
};

/** An import under way: `advance` counts the items (nodes, edges, rows) it has written; `end` says how it ended. */
export interface ImportProgress {
  advance(items: number): void;
  end(outcome: 'ok' | 'failed'): void;
}

/** Starts counting one import of `kind`. */
export function beginImport(kind: ImportKind): ImportProgress {
  const state = imports[kind];
  state.running++;
  let ended = false;
  return {
    advance: (items) => void (state.items += Math.max(0, items)),
    end(outcome) {
      if (ended) return;
      ended = true;
      state.running--;
      state.finished[outcome]++;
    },
  };
}

/** Runs `work` as one import of `kind`, ended ok or failed by how it settles. */
export async function trackImport<T>(kind: ImportKind, work: (progress: ImportProgress) => Promise<T>): Promise<T> {
  const progress = beginImport(kind);
  try {
    const value = await work(progress);
    progress.end('ok');
    return value;
  } catch (error) {
    progress.end('failed');
    throw error;
  }
}

/** What /metrics reads of the imports: each kind's running count, items written and finished imports by outcome. */
export function importStates(): Readonly<Record<ImportKind, Readonly<ImportState>>> {
  return imports;
}

/** The embedded Neo4j's restarts by its supervisor, and this API worker's start number (from the primary). */
export const processFacts = { neo4jRestarts: 0, workerRestarts: 0 };
