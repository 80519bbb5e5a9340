import type { DataSource } from 'typeorm';
import { BaseService } from '../../services/base.service';
import { OrganisationUnit } from './organisation-unit.entity';

export class OrganisationUnitService extends BaseService<OrganisationUnit> {
  constructor(dataSource: DataSource) {
    super(dataSource, OrganisationUnit);
  }
}
