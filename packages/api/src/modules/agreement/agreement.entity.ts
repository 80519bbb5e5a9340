import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TenantNode } from '../../database/tenant-node';
import { Node } from '../../graphql/node';
import { Activity } from '../activity/activity.entity';
import { Goal } from '../goal/goal.entity';
import { Partner } from '../partner/partner.entity';

export enum AgreementKind {
  LOCAL_AGREEMENT = 'LOCAL_AGREEMENT',
  IOP = 'IOP',
  PROJECT = 'PROJECT',
  OTHER = 'OTHER',
}
registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'LOCAL_AGREEMENT lokal överenskommelse (LÖK), IOP idéburet offentligt partnerskap, PROJECT projekt with dates, OTHER.',
});

/** An agreement with partners (överenskommelse): LÖK, IOP, a project. */
@ObjectType({ implements: Node, description: 'An agreement (överenskommelse) with partners: LÖK, IOP, a project.' })
@Entity('agreement')
export class Agreement extends TenantNode {
  @Field(() => AgreementKind)
  @Column({ type: 'varchar', length: 32 })
  kind: AgreementKind;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Start date, ISO yyyy-mm-dd.' })
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'End date, ISO yyyy-mm-dd.' })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;
}

@Entity('agreement_partner')
export class AgreementPartner {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => Agreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: Relation<Agreement>;

  @Index()
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;
}

@Entity('agreement_activity')
export class AgreementActivity {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => Agreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: Relation<Agreement>;

  @Index()
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Relation<Activity>;
}

@Entity('agreement_goal')
export class AgreementGoal {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => Agreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: Relation<Agreement>;

  @Index()
  @PrimaryColumn({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Relation<Goal>;
}
