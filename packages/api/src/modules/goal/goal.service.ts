import type { DataSource } from 'typeorm';
import { BaseService } from '../../services/base.service';
import { Goal } from './goal.entity';

export class GoalService extends BaseService<Goal> {
  constructor(dataSource: DataSource) {
    super(dataSource, Goal);
  }
}
