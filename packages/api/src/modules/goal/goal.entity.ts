import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantNode } from '../../database/tenant-node';
import { Node } from '../../graphql/node';
import { FocusArea } from '../focus-area/focus-area.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';

export enum GoalLevel {
  OVERALL_AIM = 'OVERALL_AIM',
  COMMITTEE_GOAL = 'COMMITTEE_GOAL',
  SUB_GOAL = 'SUB_GOAL',
}
registerEnumType(GoalLevel, {
  name: 'GoalLevel',
  description: 'OVERALL_AIM övergripande mål → COMMITTEE_GOAL nämndmål → SUB_GOAL delmål.',
});

/** A goal in the tree rooted in a steering document's overall aim. */
@ObjectType({ implements: Node, description: 'A goal: overall aim, committee goal (nämndmål) or sub-goal (delmål).' })
@Entity('goal')
// At most one active overall aim per document; the service says so first, this makes it certain.
@Index('UQ_goal_overall_aim', ['steeringDocumentId'], { unique: true, where: `"level" = 'OVERALL_AIM' AND "archived_at" IS NULL` })
export class Goal extends TenantNode {
  @Index()
  @Column({ name: 'steering_document_id', type: 'uuid' })
  steeringDocumentId: string;

  @ManyToOne(() => SteeringDocument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'steering_document_id' })
  steeringDocument?: Relation<SteeringDocument>;

  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Goal, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<Goal>;

  @Index()
  @Column({ name: 'focus_area_id', type: 'uuid', nullable: true })
  focusAreaId: string | null;

  @ManyToOne(() => FocusArea, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'focus_area_id' })
  focusArea?: Relation<FocusArea>;

  @Index()
  @Column({ name: 'owner_unit_id', type: 'uuid', nullable: true })
  ownerUnitId: string | null;

  @ManyToOne(() => OrganisationUnit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'owner_unit_id' })
  ownerUnit?: Relation<OrganisationUnit>;

  @Field(() => GoalLevel)
  @Column({ type: 'varchar', length: 32 })
  level: GoalLevel;

  @Field()
  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'First period the goal applies to, e.g. 2019.' })
  @Column({ name: 'start_period', type: 'varchar', length: 10, nullable: true })
  startPeriod: string | null;

  @Field(() => String, { nullable: true, description: 'Last period the goal applies to, e.g. 2022.' })
  @Column({ name: 'end_period', type: 'varchar', length: 10, nullable: true })
  endPeriod: string | null;

  @Field(() => Int, { description: 'Position among its siblings.' })
  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;
}
