import type { DataSource } from 'typeorm';
import { BaseService } from '../../services/base.service';
import { SteeringDocument } from './steering-document.entity';

export class SteeringDocumentService extends BaseService<SteeringDocument> {
  constructor(dataSource: DataSource) {
    super(dataSource, SteeringDocument);
  }
}
