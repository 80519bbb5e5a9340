import type { DataSource } from 'typeorm';
import { BaseService } from '../../services/base.service';
import { GoalIndicator } from '../goal/goal-indicator.entity';
import { Indicator } from './indicator.entity';

export class IndicatorService extends BaseService<Indicator> {
  constructor(dataSource: DataSource) {
    super(dataSource, Indicator);
  }

  /** The indicators of each goal, as (goalId, indicator) pairs, in one statement. */
  async findByGoalIds(goalIds: readonly string[]): Promise<Array<{ goalId: string; indicator: Indicator }>> {
    const rows = await this.repository
      .createQueryBuilder('i')
      .innerJoin(GoalIndicator, 'gi', 'gi.indicator_id = i.id')
      .addSelect('gi.goal_id', 'gi_goal_id')
      .where('gi.goal_id IN (:...goalIds)', { goalIds: [...goalIds] })
      .orderBy('i.name_sv')
      .getRawAndEntities();
    return rows.entities.map((indicator, index) => ({ goalId: rows.raw[index].gi_goal_id as string, indicator }));
  }
}
