import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ApiKeyScope } from '../../access/actor';
import { Node } from '../../graphql/node';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { User } from './user.entity';

/**
 * A key another municipal system sends as `Authorization: Bearer <key>`. The key is shown once,
 * when it is created; only its SHA-256 is stored (it is 256 random bits, so a fast hash suffices).
 */
@ObjectType({ implements: Node, description: 'An API key of another municipal system. The key itself is shown only once, on creation.' })
@Entity('api_key')
export class ApiKey extends Node {
  @Index()
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Relation<Municipality>;

  @Field({ description: 'What the key is for, e.g. "Ekonomisystemet".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: 'The first characters of the key, to tell keys apart.' })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Field(() => [ApiKeyScope])
  @Column({ type: 'varchar', array: true, length: 32 })
  scopes: ApiKeyScope[];

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: Relation<User>;

  @Field(() => Date, { nullable: true, description: 'When the key was last used (to the minute).' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; a revoked key is refused.' })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

/** Units a key is limited to (none: not limited). */
@Entity('api_key_unit')
export class ApiKeyUnit {
  @PrimaryColumn({ name: 'api_key_id', type: 'uuid' })
  apiKeyId: string;

  @ManyToOne(() => ApiKey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'api_key_id' })
  apiKey?: Relation<ApiKey>;

  @Index()
  @PrimaryColumn({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => OrganisationUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<OrganisationUnit>;
}
