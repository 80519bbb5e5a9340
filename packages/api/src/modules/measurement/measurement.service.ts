import type { DataSource } from 'typeorm';
import { BaseService } from '../../services/base.service';
import { Measurement } from './measurement.entity';

export class MeasurementService extends BaseService<Measurement> {
  constructor(dataSource: DataSource) {
    super(dataSource, Measurement);
  }

  /**
   * For each indicator, its measurements of the latest period that has any value, every sex;
   * one statement for all indicators.
   */
  findLatestByIndicatorIds(indicatorIds: readonly string[]): Promise<Measurement[]> {
    return this.repository
      .createQueryBuilder('m')
      .innerJoin(
        (sub) =>
          sub
            .select('x.indicator_id', 'indicator_id')
            .addSelect('max(x.period_start)', 'latest')
            .from(Measurement, 'x')
            .where('x.indicator_id IN (:...ids)', { ids: [...indicatorIds] })
            .andWhere('x.value IS NOT NULL')
            .groupBy('x.indicator_id'),
        'l',
        'l.indicator_id = m.indicator_id AND l.latest = m.period_start',
      )
      .orderBy('m.sex')
      .getMany();
  }
}
