import type { DataSource } from 'typeorm';
import { BaseService } from '../../services/base.service';
import { Target } from './target.entity';

export class TargetService extends BaseService<Target> {
  constructor(dataSource: DataSource) {
    super(dataSource, Target);
  }
}
