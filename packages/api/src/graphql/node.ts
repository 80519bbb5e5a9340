import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { toGlobalId } from './global-id';

/**
 * The Relay Node interface and, at the same time, the base class of every entity: a uuid primary
 * key, timestamps and a row version for optimistic concurrency. The GraphQL `id` is the global id.
 */
@InterfaceType('Node', {
  description: 'An object with a global id, fetchable with `node(id:)`.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When it was last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Row version. An update names the version it read; a stale one gets CONFLICT.' })
  @VersionColumn({ default: 1 })
  version: number;

  @Field(() => ID, { name: 'id', description: 'Global id; opaque and stable.' })
  globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

/** A node that is archived rather than deleted: archiving keeps history and every reference. */
@ObjectType({ description: 'Base class only; never emitted (no resolver returns it).' })
export abstract class ArchivableNode extends Node {
  @Field(() => Date, { nullable: true, description: 'When it was archived; archived objects are left out of lists unless asked for.' })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
