import type { ApiToken } from '../config';
import { BadUserInputError } from '../errors';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { IndicatorWithAreas } from './figure.model';

/** An INTEGRATOR's figure arrives SUBMITTED; a PLANNER's or ADMIN's counts at once, approved by its recorder. */
export function figureStatus(caller: ApiToken): 'APPROVED' | 'SUBMITTED' {
  return caller.role === 'INTEGRATOR' ? 'SUBMITTED' : 'APPROVED';
}

/** The area a figure is for: null for city-wide; BAD_USER_INPUT for an area the indicator has not. */
export function checkArea(indicator: IndicatorModel, area: string | null | undefined): string | null {
  const name = area?.trim();
  if (!name) return null;
  const areas = (indicator as IndicatorWithAreas).areas ?? [];
  if (!areas.includes(name)) {
    throw new BadUserInputError(
      areas.length ? `indicator ${indicator.id} has no area "${name.slice(0, 40)}"; its areas: ${areas.join('、')}` : `indicator ${indicator.id} has no areas; record its city-wide figure without input.area`,
      { argument: 'input.area' },
    );
  }
  return name;
}
