import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Indicator } from '../indicator/indicator.entity';
import { Goal } from './goal.entity';

/** Which indicators measure which goal (many to many). */
@Entity('goal_indicator')
export class GoalIndicator {
  @PrimaryColumn({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Relation<Goal>;

  @Index()
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<Indicator>;
}
