import { parse } from 'csv-parse/sync';
import { FIRST_YEAR, LAST_YEAR, isReviewYear } from './years';

/** A CSV row that passed the shape checks; `indicator` is still a reference (an id or a Table 1 number). */
export interface CsvMeasurementRow {
  line: number;
  indicator: string;
  year: number;
  value: number;
  source: string;
}

/** A problem on one line of the file (line 1 is the header). */
export interface CsvProblem {
  line: number;
  message: string;
}

const HEADER = ['indicator', 'year', 'value', 'source'];
export const MAX_CSV_ROWS = 10_000;

/**
 * Parses and shape-checks measurement CSV text: the header, every row's year (FIRST_YEAR..LAST_YEAR), value (a finite
 * number), source (1..500 characters), and no indicator-year twice. Returns every problem, not just the first.
 */
export function parseMeasurementsCsv(text: string): { rows: CsvMeasurementRow[]; problems: CsvProblem[] } {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ line, message: `not valid CSV: ${(error as Error).message.split(':')[0]}` }] };
  }
  const [header, ...body] = records;
  if (!header || header.map((h) => h.toLowerCase()).join(',') !== HEADER.join(',')) {
    return { rows: [], problems: [{ line: 1, message: `the header must be ${HEADER.join(',')}` }] };
  }
  if (body.length > MAX_CSV_ROWS) return { rows: [], problems: [{ line: 1, message: `at most ${MAX_CSV_ROWS} rows per file` }] };
  const rows: CsvMeasurementRow[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== HEADER.length) {
      problems.push({ line, message: `expected ${HEADER.length} fields, found ${cells.length}` });
      return;
    }
    const [indicator, yearText, valueText, source] = cells;
    const year = Number(yearText);
    const value = Number(valueText);
    const before = problems.length;
    if (!indicator) problems.push({ line, message: 'indicator is empty' });
    if (!/^\d{4}$/.test(yearText) || !isReviewYear(year)) problems.push({ line, message: `year "${yearText.slice(0, 20)}" is not a year between ${FIRST_YEAR} and ${LAST_YEAR}` });
    if (valueText === '' || !Number.isFinite(value)) problems.push({ line, message: `value "${valueText.slice(0, 20)}" is not a number` });
    if (!source || source.length > 500) problems.push({ line, message: 'source must be 1..500 characters' });
    const key = `${indicator}@${year}`;
    if (seen.has(key)) problems.push({ line, message: `indicator ${indicator} year ${year} is already on line ${seen.get(key)}` });
    seen.set(key, line);
    if (problems.length === before) rows.push({ line, indicator, year, value, source });
  });
  return { rows, problems };
}
