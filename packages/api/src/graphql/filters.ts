import { parsePeriod, periodEnd, periodStart } from '@inkludera/shared';
import { Field, ID, InputType, registerEnumType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { fromGlobalId } from './global-id';
import { UserInputError } from './errors';
import { isIsoDate } from './validation';

/**
 * Small reusable filter inputs for `where` arguments, and the functions that apply them to a
 * query builder. Every list's `XWhereInput` is composed of these.
 */

@InputType({ description: 'Matches ids (global ids of one type).' })
export class IdFilter {
  @Field(() => ID, { nullable: true })
  eq?: string;

  @Field(() => [ID], { nullable: true, description: 'Any of these (at most 100).' })
  oneOf?: string[];
}

@InputType({ description: 'A range of periods, both ends included; e.g. from "2020" to "2024", or "2024Q1" to "2024Q4".' })
export class PeriodRangeFilter {
  @Field(() => String, { nullable: true })
  from?: string;

  @Field(() => String, { nullable: true })
  to?: string;
}

@InputType({ description: 'A range of dates (ISO yyyy-mm-dd), both ends included.' })
export class DateRangeFilter {
  @Field(() => String, { nullable: true })
  from?: string;

  @Field(() => String, { nullable: true })
  to?: string;
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

/** `<Enum>Filter { oneOf: [<Enum>!] }` for an enum registered with type-graphql. */
export function EnumFilter<E extends Record<string, string>>(enumObject: E, name: string): ClassType<{ oneOf?: Array<E[keyof E]> }> {
  @InputType(`${name}Filter`, { description: `Matches any of the given ${name} values.` })
  class Filter {
    @Field(() => [enumObject], { nullable: true })
    oneOf?: Array<E[keyof E]>;
  }
  return Filter;
}

const MAX_IDS = 100;

/** Decodes the ids of an IdFilter of `type`; ids of another type or malformed ones match nothing. */
export function idsOf(filter: IdFilter | undefined | null, type: string, field: string): string[] | undefined {
  if (!filter) return undefined;
  const given = [...(filter.eq !== undefined && filter.eq !== null ? [filter.eq] : []), ...(filter.oneOf ?? [])];
  if (given.length > MAX_IDS) throw new UserInputError(`At most ${MAX_IDS} ids in ${field}.`, field);
  return given
    .map((id) => fromGlobalId(id))
    .filter((parsed) => parsed?.type === type)
    .map((parsed) => (parsed as { id: string }).id);
}

/** Adds `column IN (ids)` (matching nothing for an empty list). */
export function whereIds<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, ids: string[] | undefined, param: string): void {
  if (ids === undefined) return;
  if (ids.length === 0) qb.andWhere('false');
  else qb.andWhere(`${column} IN (:...${param})`, { [param]: ids });
}

export function whereOneOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, values: readonly string[] | undefined, param: string): void {
  if (values === undefined || values === null) return;
  if (values.length === 0) qb.andWhere('false');
  else qb.andWhere(`${column} IN (:...${param})`, { [param]: [...values] });
}

/** Case-insensitive search for all words of `text` in any of the columns. */
export function whereSearch<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, columns: string[], text: string | undefined | null): void {
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 10);
  words.forEach((word, index) => {
    const escaped = word.replace(/[\\%_]/g, (c) => `\\${c}`);
    qb.andWhere(`(${columns.map((c) => `${c} ILIKE :search${index}`).join(' OR ')})`, { [`search${index}`]: `%${escaped}%` });
  });
}

/**
 * Keeps rows whose period lies in the range, given a `period_start` column: from the first day of
 * `from` through the last day of `to`, so that `to: "2024"` includes 2024Q4 of quarterly data.
 */
export function wherePeriodRange<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, range: PeriodRangeFilter | undefined | null, field: string): void {
  if (!range) return;
  for (const end of ['from', 'to'] as const) {
    const text = range[end];
    if (text === undefined || text === null) continue;
    const parsed = parsePeriod(text);
    if (!parsed.ok) throw new UserInputError(parsed.message, `${field}.${end}`);
    const param = `${field.replace(/\W/g, '_')}_${end}`;
    if (end === 'from') qb.andWhere(`${column} >= :${param}`, { [param]: periodStart(parsed.period) });
    else qb.andWhere(`${column} <= :${param}`, { [param]: periodEnd(parsed.period) });
  }
}

function assertDate(value: string | undefined | null, field: string): void {
  if (value !== undefined && value !== null && !isIsoDate(value)) {
    throw new UserInputError(`"${String(value)}" is not a date (yyyy-mm-dd).`, field);
  }
}

export function whereDateRange<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, range: DateRangeFilter | undefined | null, param: string): void {
  if (!range) return;
  for (const [end, op] of [
    ['from', '>='],
    ['to', '<='],
  ] as const) {
    const value = range[end];
    if (value === undefined || value === null) continue;
    assertDate(value, `${param}.${end}`);
    qb.andWhere(`${column} ${op} :${param}_${end}`, { [`${param}_${end}`]: value });
  }
}

/** Leaves archived rows out unless `includeArchived`. */
export function whereArchived<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, includeArchived: boolean | undefined | null): void {
  if (!includeArchived) qb.andWhere(`${qb.alias}.archived_at IS NULL`);
}

/** Rows whose [start, end] (either end open) overlaps the range: started by its end and not ended before its start. */
export function whereDuring<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  startColumn: string,
  endColumn: string,
  range: DateRangeFilter | undefined | null,
  param: string,
): void {
  if (!range) return;
  assertDate(range.from, `${param}.from`);
  assertDate(range.to, `${param}.to`);
  if (range.to) qb.andWhere(`(${startColumn} IS NULL OR ${startColumn} <= :${param}To)`, { [`${param}To`]: range.to });
  if (range.from) qb.andWhere(`(${endColumn} IS NULL OR ${endColumn} >= :${param}From)`, { [`${param}From`]: range.from });
}
