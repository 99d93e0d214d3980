import type { AreaRollUp, AreaYearModel, MeasurementModel } from './figure.model';
import { cityValues } from './rollup';

/** Per year with an area figure: the areas' figures (in the indicator's order of areas), the city value by the rule, and the areas still missing. */
export function areaYears(figures: readonly MeasurementModel[], areas: readonly string[], rollUp: AreaRollUp): AreaYearModel[] {
  const years = [...new Set(figures.filter((f) => f.area).map((f) => f.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const ofYear = figures.filter((f) => f.year === year);
    const byArea = ofYear.filter((f) => f.area).sort((a, b) => areas.indexOf(a.area!) - areas.indexOf(b.area!));
    const cityWide = ofYear.some((f) => !f.area);
    const [city] = rollUp === 'SUM' ? cityValues(ofYear, 'SUM') : [];
    return {
      year,
      value: rollUp === 'SUM' ? city?.value ?? null : null,
      from: rollUp === 'SUM' ? (cityWide ? 'CITY' : 'AREAS') : null,
      figures: byArea,
      missingAreas: areas.filter((a) => !byArea.some((f) => f.area === a)),
    };
  });
}
