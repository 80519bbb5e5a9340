import type { DataSource } from 'typeorm';
import { BaseService } from '../../services/base.service';
import { paginate, type ConnectionArgs, type Page } from '../../graphql/pagination';
import { Municipality } from './municipality.entity';

export class MunicipalityService extends BaseService<Municipality> {
  constructor(dataSource: DataSource) {
    super(dataSource, Municipality);
  }

  findByCode(code: string): Promise<Municipality | null> {
    return this.repository.findOneBy({ code });
  }

  list(args: ConnectionArgs): Promise<Page<Municipality>> {
    return paginate(this.repository.createQueryBuilder('m'), args, { column: 'code', property: 'code' });
  }
}
