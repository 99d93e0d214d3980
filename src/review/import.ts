import type { GraphContext } from '../context';
import { trackImport } from '../metrics/progress';
import { BadUserInputError } from '../errors';
import { parseMeasurementsCsv, type CsvProblem } from './csv';
import { indicatorIdsByNumber, recordMeasurements, type MeasurementInput } from './review.repository';

const MAX_CSV_BYTES = 2_000_000;

/** Resolves CSV indicator references (ids or Table 1 numbers) to ids, adding a problem for each unknown one. */
async function resolveIndicatorRefs(ctx: GraphContext, refs: { line: number; indicator: string }[], problems: CsvProblem[]): Promise<Map<string, string>> {
  const resolved = new Map<string, string>();
  const numberToIds = await indicatorIdsByNumber(ctx.db);
  const idRefs = [...new Set(refs.map((r) => r.indicator).filter((ref) => ref.includes(':')))];
  const found = await ctx.loaders.nodeById.loadMany(idRefs);
  idRefs.forEach((ref, i) => {
    const node = found[i];
    if (node && !(node instanceof Error) && node.label === 'Indicator') resolved.set(ref, ref);
  });
  for (const { line, indicator } of refs) {
    if (resolved.has(indicator)) continue;
    const ids = numberToIds.get(indicator);
    if (ids?.length === 1) resolved.set(indicator, ids[0]);
    else if (ids && ids.length > 1) problems.push({ line, message: `indicator number ${indicator} is in several plans; use its id` });
    else problems.push({ line, message: `no indicator "${indicator.slice(0, 60)}"` });
  }
  return resolved;
}

/**
 * Imports measurement CSV as `by`: every row is checked (shape, then that its indicator exists) before
 * anything is written; any problem refuses the whole file, naming each bad line. Then one transaction.
 * An INTEGRATOR's rows arrive SUBMITTED, like its single figures.
 */
export async function importMeasurementsCsv(ctx: GraphContext, csv: string, by: string, status: 'APPROVED' | 'SUBMITTED' = 'APPROVED'): Promise<{ created: number; replaced: number }> {
  if (csv.length > MAX_CSV_BYTES) throw new BadUserInputError(`csv may be at most ${MAX_CSV_BYTES} characters`, { argument: 'csv' });
  const { rows, problems } = parseMeasurementsCsv(csv);
  const ids = await resolveIndicatorRefs(ctx, rows, problems);
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    throw new BadUserInputError(`the CSV was refused, nothing was stored: ${problems.length} problem(s), first on line ${problems[0].line}: ${problems[0].message}`, { argument: 'csv', rows: problems });
  }
  const inputs: MeasurementInput[] = rows.map((r) => ({ indicatorId: ids.get(r.indicator)!, year: r.year, value: r.value, source: r.source, status }));
  const { created, replaced } = await trackImport('measurements', async (progress) => {
    const written = await recordMeasurements(ctx.db, inputs, by);
    progress.advance(written.created + written.replaced);
    return written;
  });
  return { created, replaced };
}
