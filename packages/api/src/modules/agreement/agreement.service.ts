import type { DataSource } from 'typeorm';
import { BaseService } from '../../services/base.service';
import { Agreement } from './agreement.entity';

export class AgreementService extends BaseService<Agreement> {
  constructor(dataSource: DataSource) {
    super(dataSource, Agreement);
  }
}
