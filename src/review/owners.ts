/**
 * Who answers for each indicator, as the reviews show it: the plan's (or a planner's) explicit owners, else the top
 * likely owner, marked as an inference, else nothing. One shape and one wording for the mid-term and final reports and
 * the spreadsheet.
 */
import type { GraphContext } from '../context';

/** An indicator's owner cell: explicit owners, or the likely owner the graph suggests (never the plan's word). */
export interface OwnerCell {
  basis: 'EXPLICIT' | 'LIKELY';
  agencies: { id: string; name: string; nameEn: string | null }[];
}

/**
 * Reads owner cells by indicator id (src/ownership/owners.ts: ownerCells). Passed in rather than imported: the
 * ownership domain builds on the review's roll-ups, so the review may not import it back.
 */
export type OwnerCellsOf = (ctx: GraphContext, ids: readonly string[]) => Promise<Map<string, OwnerCell>>;

/** How a likely owner is marked wherever it shows, so it is never read as the plan's word. */
export const LIKELY_MARK = { zh: '可能的负责单位', en: 'likely' } as const;

/** The agencies' names, joined as the plan joins them. */
export const ownerNames = (cell: OwnerCell | undefined) => (cell ? cell.agencies.map((a) => a.name).join('、') : '');

/** The cell as text for a report: names, a likely owner marked in both languages; empty when there is none. */
export function ownerText(cell: OwnerCell | undefined): string {
  if (!cell) return '';
  return cell.basis === 'EXPLICIT' ? ownerNames(cell) : `${LIKELY_MARK.zh} ${LIKELY_MARK.en}: ${ownerNames(cell)}`;
}
