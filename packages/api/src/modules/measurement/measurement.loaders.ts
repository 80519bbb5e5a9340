import DataLoader from 'dataloader';
import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';
import type { Completeness } from './dto/measurement.payload';
import type { SeriesQuery } from './measurement.service';

/**
 * One DataLoader per distinct argument value, created on first use within the request: a field
 * with arguments (Indicator.series, Indicator.completeness) batches all indicators asked with the
 * same arguments into one statement.
 */
function perArguments<A, L>(create: (args: A) => L): { with(args: A): L } {
  const loaders = new Map<string, L>();
  return {
    with(args: A): L {
      const key = JSON.stringify(args);
      let loader = loaders.get(key);
      if (!loader) {
        loader = create(args);
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}

export function createMeasurementLoaders(services: Services, access: Access) {
  const { measurement } = services;
  return {
    MeasurementByIdLoader: oneByIdLoader(measurement, access),
    /** Municipality-level values of each indicator's latest period with a value (archived left out). */
    LatestMeasurementsByIndicatorIdLoader: manyByKeyLoader(
      access,
      (ids) => measurement.findLatestByIndicatorIds(ids, access.publicOnly, access.seesPublicRows),
      (row) => row.indicatorId,
    ),
    MeasurementHistoryByMeasurementIdLoader: manyByKeyLoader(
      access,
      (ids) => measurement.findHistoryByMeasurementIds(ids),
      (row) => row.measurementId,
    ),
    /** `.with(seriesQuery).load(indicatorId)`: the series in period order. */
    MeasurementSeriesByIndicatorIdLoader: perArguments((query: SeriesQuery) =>
      manyByKeyLoader(
        access,
        (ids) => measurement.findSeries(ids, { ...query, finalOnly: access.publicOnly, suppress: access.seesPublicRows }),
        (row) => row.indicatorId,
      ),
    ),
    /** `.with(period).load(indicatorId)`: completeness of the period (null for an unknown indicator). */
    CompletenessByIndicatorIdLoader: perArguments(
      (period: string) =>
        new DataLoader<string, Completeness | null>(async (ids) => {
          const byId = new Map((await measurement.findCompleteness(ids, period, access.publicOnly)).map(({ indicatorId, ...completeness }) => [indicatorId, completeness]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    ),
  };
}
