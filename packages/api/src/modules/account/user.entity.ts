import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { StaffRole } from '../../access/actor';
import { Node } from '../../graphql/node';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';

/** Role of a platform operator (no municipality); never given through the API. */
export const OPERATOR_ROLE = 'OPERATOR';

/**
 * A person who logs in: staff of one municipality (ADMIN, EDITOR, VIEWER), or a platform operator
 * (role OPERATOR, no municipality), who is created from the command line only. Someone who works
 * for two municipalities has an account in each.
 */
@ObjectType({ implements: Node, description: 'A staff user of a municipality.' })
@Entity('app_user')
export class User extends Node {
  @Field({ description: 'Login name; stored in lower case, unique in the installation.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** argon2id hash (PHC string); never leaves the service. */
  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  /** StaffRole, or OPERATOR for a platform operator. */
  @Column({ type: 'varchar', length: 16 })
  role: string;

  @Index()
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Relation<Municipality>;

  @Field(() => Date, { nullable: true, description: 'When the account was disabled; a disabled user cannot log in.' })
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}

/** The units an EDITOR may change. */
@Entity('app_user_unit')
export class UserUnit {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Index()
  @PrimaryColumn({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => OrganisationUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<OrganisationUnit>;
}

export function isStaffRole(role: string): role is StaffRole {
  return (Object.values(StaffRole) as string[]).includes(role);
}
