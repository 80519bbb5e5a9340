import { parsePeriod } from '@inkludera/shared';
import { IsDefined, IsOptional, ValidateIf, registerDecorator, type ValidationOptions } from 'class-validator';
import { DomainError } from './user-error';

/**
 * class-validator decorators for inputs. Messages are English and name the field; clients branch
 * on the error code and field, and show their own text.
 */

/** For update inputs: the field may be left out, but not set to null (INVALID). */
export function OptionalButNotNull(): PropertyDecorator {
  return (target, propertyName) => {
    ValidateIf((_object, value) => value !== undefined)(target, propertyName);
    IsDefined({ message: '$property may be left out, but not set to null.' })(target, propertyName);
  };
}

/** For nullable fields: left out or null is fine; a value is validated. */
export const OptionalNullable = IsOptional;

function rule(name: string, test: (value: unknown) => boolean, message: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message, ...options },
      validator: { validate: test },
    });
}

/** A string with at least one non-space character and at most `max` characters. */
export function NotBlank(max: number, options?: ValidationOptions): PropertyDecorator {
  return rule('notBlank', (v) => typeof v === 'string' && v.trim().length > 0 && v.length <= max, `$property must be text of 1 to ${max} characters, not only spaces.`, options);
}

export function IsPeriod(options?: ValidationOptions): PropertyDecorator {
  return rule('isPeriod', (v) => typeof v === 'string' && parsePeriod(v).ok, '$property must be a period: 2024, 2024-S1, 2024-T2, 2024-Q3 or 2024-M05.', options);
}

/**
 * Whether the value is a date of the calendar written yyyy-mm-dd, from 0001-01-01 to 9999-12-31:
 * 2024-02-29 is one, 2023-02-29, 2024-02-30 and 0000-01-01 are not (PostgreSQL refuses them).
 */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return rule('isIsoDate', isIsoDate, '$property must be a date written yyyy-mm-dd.', options);
}

/** Swedish organisation number, NNNNNN-NNNN. */
export function IsOrganisationNumber(options?: ValidationOptions): PropertyDecorator {
  return rule('isOrganisationNumber', (v) => typeof v === 'string' && /^\d{6}-\d{4}$/.test(v), '$property must be an organisation number written NNNNNN-NNNN.', options);
}

/** The fields of `input` that were given (not undefined), for a partial update. */
export function givenFields<T extends object, K extends keyof T>(input: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const patch: Partial<Pick<T, K>> = {};
  for (const key of keys) if (input[key] !== undefined) patch[key] = input[key];
  return patch;
}

/** Refuses an end date before the start date (INVALID on `endDate`). Dates are ISO yyyy-mm-dd strings. */
export function assertDateOrder(startDate: string | null | undefined, endDate: string | null | undefined): void {
  if (startDate && endDate && endDate < startDate) {
    throw DomainError.of('INVALID', `endDate (${endDate}) is before startDate (${startDate}).`, 'endDate');
  }
}
