import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantNode } from '../../database/tenant-node';
import { Node } from '../../graphql/node';
import { SteeringDocument } from '../steering-document/steering-document.entity';

/** A theme of a strategy (målområde, arena, fokusområde). */
@ObjectType({ implements: Node, description: 'A focus area (målområde / arena) of a steering document.' })
@Entity('focus_area')
@Index(['steeringDocumentId', 'key'], { unique: true })
export class FocusArea extends TenantNode {
  @Column({ name: 'steering_document_id', type: 'uuid' })
  steeringDocumentId: string;

  @ManyToOne(() => SteeringDocument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'steering_document_id' })
  steeringDocument?: Relation<SteeringDocument>;

  @Field({ description: 'A stable key within the document, e.g. WORK_AND_EMPLOYMENT (A–Z, 0–9, _).' })
  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Field({ description: 'Name in Swedish.' })
  @Column({ name: 'name_sv', type: 'varchar', length: 200 })
  nameSv: string;

  @Field({ description: 'Name in English.' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => Int, { description: 'Position among the document’s areas, from 1.' })
  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
