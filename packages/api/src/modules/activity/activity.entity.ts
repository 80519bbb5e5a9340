import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TenantNode } from '../../database/tenant-node';
import { Node } from '../../graphql/node';
import { Goal } from '../goal/goal.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { Partner } from '../partner/partner.entity';

export enum ActivityStatus {
  PLANNED = 'PLANNED',
  ONGOING = 'ONGOING',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActivityStatus, { name: 'ActivityStatus', description: 'PLANNED planerad, ONGOING pågående, DONE genomförd, CANCELLED inställd.' });

/** A concrete action (insats / aktivitet), e.g. internships for newcomers. */
@ObjectType({ implements: Node, description: 'An activity (insats / aktivitet).' })
@Entity('activity')
export class Activity extends TenantNode {
  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => ActivityStatus)
  @Column({ type: 'varchar', length: 16, default: ActivityStatus.PLANNED })
  status: ActivityStatus;

  @Field(() => String, { nullable: true, description: 'Start date, ISO yyyy-mm-dd.' })
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'End date, ISO yyyy-mm-dd.' })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Index()
  @Column({ name: 'responsible_unit_id', type: 'uuid', nullable: true })
  responsibleUnitId: string | null;

  @ManyToOne(() => OrganisationUnit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'responsible_unit_id' })
  responsibleUnit?: Relation<OrganisationUnit>;

  @Field(() => String, { nullable: true, description: 'Who it is for (målgrupp), e.g. nyanlända vuxna.' })
  @Column({ name: 'target_group', type: 'varchar', length: 300, nullable: true })
  targetGroup: string | null;
}

@Entity('activity_goal')
export class ActivityGoal {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Relation<Activity>;

  @Index()
  @PrimaryColumn({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Relation<Goal>;
}

@Entity('activity_partner')
export class ActivityPartner {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Relation<Activity>;

  @Index()
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;
}
