import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { TenantNode } from '../../database/tenant-node';
import { Node } from '../../graphql/node';

export enum PartnerKind {
  ASSOCIATION = 'ASSOCIATION',
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  ESTABLISHMENT_CENTRE = 'ESTABLISHMENT_CENTRE',
  BUSINESS = 'BUSINESS',
  REGION = 'REGION',
  EDUCATION_PROVIDER = 'EDUCATION_PROVIDER',
  CIVIL_SOCIETY_ORGANISATION = 'CIVIL_SOCIETY_ORGANISATION',
  OTHER = 'OTHER',
}
registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description:
    'ASSOCIATION förening, GOVERNMENT_AGENCY myndighet (e.g. Arbetsförmedlingen), ESTABLISHMENT_CENTRE etableringscentrum, BUSINESS företag, REGION region, EDUCATION_PROVIDER utbildningsanordnare, CIVIL_SOCIETY_ORGANISATION idéburen organisation.',
});

/** An organisation the municipality works with (samverkanspart). */
@ObjectType({ implements: Node, description: 'A partner (samverkanspart): association, agency, establishment centre, business, …' })
@Entity('partner')
export class Partner extends TenantNode {
  @Field()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Field(() => PartnerKind)
  @Column({ type: 'varchar', length: 32 })
  kind: PartnerKind;

  @Field(() => String, { nullable: true, description: 'Organisation number, e.g. 202100-2114.' })
  @Column({ name: 'organisation_number', type: 'varchar', length: 11, nullable: true })
  organisationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Contact person or function.' })
  @Column({ name: 'contact_name', type: 'varchar', length: 200, nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'contact_email', type: 'varchar', length: 320, nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'contact_phone', type: 'varchar', length: 50, nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true, description: 'https URL.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;
}
