import { Field, ID, InterfaceType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { toGlobalId } from './global-id';

/**
 * The Relay Node interface and, at the same time, the base class of every entity: a uuid primary
 * key, timestamps and a row version for optimistic concurrency. The GraphQL `id` is the global id;
 * `databaseId` is the raw uuid.
 */
@InterfaceType('Node', {
  description: 'An object with a global id, fetchable with `node(id:)`.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;

  @Field(() => ID, { name: 'id', description: 'Global id; opaque and stable.' })
  globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
