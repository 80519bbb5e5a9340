import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node } from '../../graphql/node';
import { Municipality } from '../municipality/municipality.entity';
import { Activity } from './activity.entity';

/**
 * A progress note on an activity (what was done, when, by whom), kept as history: notes are only
 * ever added, never changed or removed (no update or archive mutation exists, and the table's
 * trigger refuses UPDATE and DELETE). Not public: activities are not.
 */
@ObjectType({ implements: Node, description: 'A progress note on an activity: what was done, when and by whom. Never changed once written.' })
@Entity('activity_note')
@Index(['activityId', 'createdAt'])
export class ActivityNote extends Node {
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @ManyToOne(() => Activity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Relation<Activity>;

  @Index()
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Relation<Municipality>;

  @Field(() => String, { description: 'The day the work was done, ISO yyyy-mm-dd.' })
  @Column({ name: 'done_on', type: 'date' })
  doneOn: string;

  @Field({ description: 'What was done.' })
  @Column({ type: 'text' })
  text: string;

  @Field({ name: 'author', description: 'Who wrote the note: the person’s name, or the API key’s name.' })
  @Column({ name: 'author_name', type: 'varchar', length: 300 })
  authorName: string;

  /** The global id of the user or key that wrote it (the audit log's actor id). */
  @Column({ name: 'author_id', type: 'varchar', length: 100, nullable: true })
  authorId: string | null;
}
