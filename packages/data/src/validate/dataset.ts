import type { LegislationDataset } from '../datasets/legislation';
import type {
  Dataset,
  DatasetShape,
  HostingDataset,
  ProviderReport,
  SeriesPoint,
  ShareRow,
  ValidationResult,
} from '../types';
import { type Base, isPlainObject, type ShapeReader, validated } from './fields';
import { readHosting } from './hosting';
import { readLegislation } from './legislation';
import { readProviderReports } from './providers';
import { readSeries } from './series';
import { readShares } from './shares';

/** The dataset each shape's reader returns. */
export interface ShapeDatasets {
  series: Dataset<SeriesPoint>;
  shares: Dataset<ShareRow>;
  providers: Dataset<ProviderReport>;
  hosting: HostingDataset;
  legislation: LegislationDataset;
}

/** The reader of each shape: the one table from a shape to its reader. */
const READERS: { readonly [S in DatasetShape]: ShapeReader<ShapeDatasets[S]> } = {
  series: readSeries,
  shares: readShares,
  providers: readProviderReports,
  hosting: readHosting,
  legislation: readLegislation,
};

/** The validator of a shape: `validatorOf("shares")` validates as `validateShares` does. */
export function validatorOf<S extends DatasetShape>(
  shape: S,
): (input: unknown) => ValidationResult<ShapeDatasets[S]> {
  const read: ShapeReader<ShapeDatasets[S]> = READERS[shape];
  return (input) => validated(input, read);
}

/**
 * Which shape a dataset has: the one its `shape` declares, else (a bare array of rows, or a dataset of your own
 * without one) a guess by the field that tells the shapes apart in the first row that is an object.
 */
function shapeOf(base: Base): DatasetShape {
  const declared = base.fields.shape as DatasetShape | undefined;
  if (declared) return declared;
  const first = base.rows.find(isPlainObject);
  const has = (key: string): boolean => {
    try {
      return !!first && key in (first as object);
    } catch {
      return false;
    }
  };
  if (has('jurisdiction')) return 'legislation';
  if (has('code')) return 'hosting';
  if (has('provider')) return 'providers';
  if (has('percent')) return 'shares';
  return 'series';
}

/**
 * Checks any dataset of the package's shapes, with the validator its `shape` declares; without one (a bare
 * array of rows), picking by its rows: laws (`jurisdiction`), hosting (`code`), provider reports (`provider`),
 * shares (`percent`), else a time series. Rows that are not objects (an array, a number) are not used to pick. Same result as the validator it picks, reading the input
 * once; never throws.
 */
export function validateDataset(input: unknown): ValidationResult {
  return validated(input, (base, out) => READERS[shapeOf(base)](base, out));
}
