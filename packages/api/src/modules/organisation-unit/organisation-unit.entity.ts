import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantNode } from '../../database/tenant-node';
import { Node } from '../../graphql/node';

export enum OrganisationUnitKind {
  COUNCIL = 'COUNCIL',
  COMMITTEE = 'COMMITTEE',
  ADMINISTRATION = 'ADMINISTRATION',
  UNIT = 'UNIT',
  COMPANY = 'COMPANY',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationUnitKind, {
  name: 'OrganisationUnitKind',
  description: 'COUNCIL kommunfullmäktige/kommunstyrelse, COMMITTEE nämnd, ADMINISTRATION förvaltning, UNIT enhet, COMPANY kommunalt bolag.',
});

/** A committee, administration or unit of a municipality; a tree per municipality. */
@ObjectType({ implements: Node, description: 'A committee (nämnd), administration (förvaltning) or unit of a municipality.' })
@Entity('organisation_unit')
@Index(['municipalityId', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
export class OrganisationUnit extends TenantNode {
  @Field(() => OrganisationUnitKind)
  @Column({ type: 'varchar', length: 32 })
  kind: OrganisationUnitKind;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrganisationUnit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<OrganisationUnit>;

  @Field(() => String, { nullable: true, description: 'Id of this unit in another municipal system; unique within the municipality.' })
  @Column({ name: 'external_id', type: 'varchar', length: 200, nullable: true })
  externalId: string | null;
}
