import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ArchivableNode, Node } from '../../graphql/node';

/** A municipality (kommun): the tenant that owns steering documents, indicators and figures. */
@ObjectType({ implements: Node, description: 'A Swedish municipality (kommun); the tenant.' })
@Entity('municipality')
export class Municipality extends ArchivableNode {
  @Field({ description: 'Four-digit municipality code (kommunkod), e.g. 0138 for Tyresö.' })
  @Index({ unique: true })
  @Column({ type: 'char', length: 4 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Organisation number (organisationsnummer), e.g. 212000-0142.' })
  @Column({ name: 'organisation_number', type: 'varchar', length: 11, nullable: true })
  organisationNumber: string | null;
}
