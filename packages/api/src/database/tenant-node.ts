import { ObjectType } from 'type-graphql';
import { Column, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { ArchivableNode } from '../graphql/node';
import { Municipality } from '../modules/municipality/municipality.entity';

/**
 * Base of everything a municipality owns. Every such table carries municipality_id itself (not only
 * through its parent), so that tenant isolation is one indexed condition on every query.
 */
@ObjectType({ description: 'Base class only; never emitted (no resolver returns it).' })
export abstract class TenantNode extends ArchivableNode {
  @Index()
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Relation<Municipality>;
}
