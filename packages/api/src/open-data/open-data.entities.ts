import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Indicator } from '../modules/indicator/indicator.entity';
import { Municipality } from '../modules/municipality/municipality.entity';

/**
 * What the open-data endpoints last published: one row per value (indicator, period, sex), as a
 * consumer saw it (suppression applied). A row that stops being public is kept as a tombstone
 * (removed_at set) so that the change feed can report it. Written only by snapshot.ts.
 */
@Entity('published_value')
@Index('IDX_published_value_changed', ['municipalityId', 'changedAt'])
export class PublishedValue {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  period: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  sex: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<Indicator>;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Relation<Municipality>;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  /** Null when suppressed or removed. */
  @Column({ type: 'numeric', nullable: true })
  value: string | null;

  /** FINAL or SUPPRESSED (as published); a tombstone keeps the last one. */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'text', nullable: true })
  footnote: string | null;

  /** When this row last changed as consumers see it (the refresh's clock time). */
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  /** When it stopped being public; null while it is. */
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}

/**
 * A counter per municipality that triggers (see the OpenData migration) raise in the writing
 * transaction whenever anything that open data is made of changes: measurements, indicators, goals,
 * goal links, steering documents, organisation units, the municipality itself.
 */
@Entity('open_data_state')
export class OpenDataState {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'bigint', default: 1 })
  generation: string;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}

/** Which generation of a municipality the published_value snapshot reflects. Written only by snapshot.ts. */
@Entity('open_data_refresh')
export class OpenDataRefresh {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'bigint' })
  generation: string;

  /** open_data_state.changed_at of that generation: the Last-Modified of everything published about the municipality. */
  @Column({ name: 'source_changed_at', type: 'timestamptz' })
  sourceChangedAt: Date;

  /** When the snapshot was last brought up to date; every later change gets a later changed_at. */
  @Column({ name: 'refreshed_at', type: 'timestamptz' })
  refreshedAt: Date;
}
