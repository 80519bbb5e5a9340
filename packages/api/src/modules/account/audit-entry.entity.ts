import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One mutation: who, when, what, and the object before and after. Written for every mutation that changed something. */
@ObjectType({ description: 'An entry of the audit log: one mutation, who made it, and the object before and after.' })
@Entity('audit_entry')
@Index(['municipalityId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Field({ description: 'USER, OPERATOR or API_KEY.' })
  @Column({ name: 'actor_kind', type: 'varchar', length: 16 })
  actorKind: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the user or API key.' })
  @Column({ name: 'actor_id', type: 'varchar', length: 200, nullable: true })
  actorId: string | null;

  @Field({ description: 'Email of the user or name of the API key, as it was then.' })
  @Column({ name: 'actor_label', type: 'varchar', length: 300 })
  actorLabel: string;

  @Field({ description: 'The mutation, e.g. updateIndicator.' })
  @Column({ type: 'varchar', length: 100 })
  operation: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the object changed.' })
  @Column({ name: 'object_id', type: 'varchar', length: 200, nullable: true })
  objectId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The object before; null when it was created.' })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The object after (for bulk writes, a summary).' })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Field({ description: 'The request id (X-Request-Id), to find the request in the logs.' })
  @Column({ name: 'request_id', type: 'varchar', length: 128 })
  requestId: string;
}
