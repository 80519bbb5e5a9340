import type { DataSource } from 'typeorm';
import { BaseService } from '../../services/base.service';
import { FocusArea } from './focus-area.entity';

export class FocusAreaService extends BaseService<FocusArea> {
  constructor(dataSource: DataSource) {
    super(dataSource, FocusArea);
  }
}
