import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ArchivableNode, Node } from '../../graphql/node';

/** A municipality (kommun): the tenant that owns steering documents, indicators and figures. */
@ObjectType({ implements: Node, description: 'A Swedish municipality (kommun); the tenant.' })
@Entity('municipality')
// Covering (id, archived_at), made by migration 1795900000040; TypeORM cannot express INCLUDE, so it leaves it alone.
@Index('IDX_municipality_active_lookup', { synchronize: false })
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

  @Field(() => String, {
    nullable: true,
    description: 'Default licence of the published data, as a URI; null means CC0 (https://creativecommons.org/publicdomain/zero/1.0/). An indicator may name its own.',
  })
  @Column({ name: 'open_data_licence', type: 'varchar', length: 300, nullable: true })
  openDataLicence: string | null;

  @Field(() => String, { nullable: true, description: 'Attribution text sent with the published data; null means "Källa: <name>".' })
  @Column({ name: 'open_data_attribution', type: 'varchar', length: 500, nullable: true })
  openDataAttribution: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address of the open-data contact point in the DCAT-AP-SE catalogue.' })
  @Column({ name: 'open_data_contact_email', type: 'varchar', length: 254, nullable: true })
  openDataContactEmail: string | null;

  @Field(() => Int, {
    description: 'Published values of counts (and of sensitive indicators) below this are suppressed, and so is what would let them be derived (default 5).',
  })
  @Column({ name: 'small_count_threshold', type: 'smallint', default: 5 })
  smallCountThreshold: number;
}
