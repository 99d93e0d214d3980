import type { TargetModel } from '../amendment/amendment.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { ProjectionMethod } from './projection';

/** An indicator projected to miss its target in force. */
export interface WarningModel {
  indicator: IndicatorModel;
  binding: boolean;
  projected: number;
  shortfall: number;
  required: number;
  target: TargetModel;
  targetYear: number;
  method: ProjectionMethod;
  basis: { year: number; value: number }[];
}
