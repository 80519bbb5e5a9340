import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored periods move to SDMX notation (issue 14): 2024H1 → 2024-S1, 2024T2 → 2024-T2,
 * 2024Q3 → 2024-Q3, 2024-05 → 2024-M05; years stay. Every period is then stored, compared and
 * emitted in one notation; the old one is still read (packages/shared/src/period.ts) and
 * normalised on input. The mapping is one to one, so no unique index can clash.
 *
 * published_value is left alone: the update raises the open-data change counters (the
 * measurement triggers), and the next snapshot refresh publishes the rows under their new period
 * and tombstones (REMOVED) the old keys, so that a consumer of the change feed ends up with the
 * same copy as a fresh download.
 */
const COLUMNS: Array<[table: string, column: string]> = [
  ['measurement', 'period'],
  ['target', 'period'],
  ['goal', 'start_period'],
  ['goal', 'end_period'],
  ['indicator', 'baseline_period'],
];

const toSdmx = (column: string) =>
  `regexp_replace(regexp_replace(regexp_replace("${column}", '^(\\d{4})H([12])$', '\\1-S\\2'), '^(\\d{4})([TQ])(\\d)$', '\\1-\\2\\3'), '^(\\d{4})-(\\d{2})$', '\\1-M\\2')`;
const fromSdmx = (column: string) =>
  `regexp_replace(regexp_replace(regexp_replace("${column}", '^(\\d{4})-S([12])$', '\\1H\\2'), '^(\\d{4})-([TQ])(\\d)$', '\\1\\2\\3'), '^(\\d{4})-M(\\d{2})$', '\\1-\\2')`;

export class SdmxPeriods1795900000000 implements MigrationInterface {
  name = 'SdmxPeriods1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) {
      await queryRunner.query(`UPDATE "${table}" SET "${column}" = ${toSdmx(column)} WHERE "${column}" ~ '^\\d{4}([HTQ]\\d|-\\d{2})$'`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) {
      await queryRunner.query(`UPDATE "${table}" SET "${column}" = ${fromSdmx(column)} WHERE "${column}" ~ '^\\d{4}-([STQ]\\d|M\\d{2})$'`);
    }
  }
}
