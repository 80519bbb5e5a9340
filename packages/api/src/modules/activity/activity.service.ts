import type { DataSource } from 'typeorm';
import { BaseService } from '../../services/base.service';
import { Activity } from './activity.entity';

export class ActivityService extends BaseService<Activity> {
  constructor(dataSource: DataSource) {
    super(dataSource, Activity);
  }
}
