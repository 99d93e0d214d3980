import type { IndicatorModel } from '../indicator/indicator.model';

export type MeasurementStatus = 'SUBMITTED' | 'RETURNED' | 'APPROVED';

/** A recorded measurement of an indicator for one year. */
export interface MeasurementModel {
  indicatorId: string;
  year: number;
  value: number;
  source: string;
  recordedAt: string;
  recordedBy: string;
  /** The figure's slot: one per indicator, year and area. */
  key: string;
  area: string | null;
  status: MeasurementStatus;
  evidence: string | null;
  checksum: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  returnedBy: string | null;
  returnedAt: string | null;
  comment: string | null;
}

export type AreaRollUp = 'SUM' | 'SEPARATE';

/** An indicator with the areas its figures may be recorded for (set through setIndicatorAreas). */
export type IndicatorWithAreas = IndicatorModel & { areas?: string[] | null; areaRollUp?: AreaRollUp | null };

/** One year of an indicator with areas: the areas' approved figures and the city value they make. */
export interface AreaYearModel {
  year: number;
  value: number | null;
  from: 'CITY' | 'AREAS' | null;
  figures: MeasurementModel[];
  missingAreas: string[];
}

/** The key of a figure's slot: one per indicator, year and area. */
export function measurementKey(indicatorId: string, year: number, area: string | null | undefined): string {
  return `${indicatorId}@${year}${area ? `@${area}` : ''}`;
}

/** The API id of a figure (Measurement:<plan>:<code>@<year>[@<area>]) and back. */
export function measurementId(key: string): string {
  return `Measurement:${key.startsWith('Indicator:') ? key.slice('Indicator:'.length) : key}`;
}
export function keyOfMeasurementId(id: string): string | null {
  return /^Measurement:[^\s]+@\d{4}(@.+)?$/.test(id) ? `Indicator:${id.slice('Measurement:'.length)}` : null;
}
