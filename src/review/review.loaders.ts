import DataLoader from 'dataloader';
import type { GraphReader } from '../db/reader';
import type { MeasurementModel, RevisionModel } from './review.model';
import { listMeasurements, listRevisions } from './review.repository';

/** The review domain's per-request loaders, by indicator id. */
export interface MeasurementLoaders {
  /** An indicator's measurements, oldest year first. */
  measurements: DataLoader<string, MeasurementModel[]>;
  /** An indicator's replaced measurement values, newest replacement first. */
  measurementRevisions: DataLoader<string, RevisionModel[]>;
}

/** Fresh measurement loaders for one request: the indicators asked for in one tick cost one statement. */
export function createMeasurementLoaders(db: GraphReader): MeasurementLoaders {
  return {
    measurements: new DataLoader((ids) => listMeasurements(db, ids), { maxBatchSize: 1000 }),
    measurementRevisions: new DataLoader((ids) => listRevisions(db, ids), { maxBatchSize: 1000 }),
  };
}
