import { ERROR_CODES, type ErrorCode as ErrorCodeValue } from '@inkludera/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The error codes of @inkludera/shared as a GraphQL enum. */
export const ErrorCode = Object.fromEntries(ERROR_CODES.map((code) => [code, code])) as { [K in ErrorCodeValue]: K };
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Stable error codes; clients branch on these, never on messages.' });

/** An expected failure of a mutation, returned in its payload's `errors`. */
@ObjectType({ description: 'Why a mutation did not do what was asked, and which input field it concerns.' })
export class UserError {
  @Field(() => String, { nullable: true, description: 'The input field, e.g. "responsibleFollowUpUnitId"; null for the whole input.' })
  field: string | null;

  @Field()
  message: string;

  @Field(() => ErrorCode)
  code: ErrorCodeValue;
}

/** A row of a bulk mutation that was refused. */
@ObjectType({ description: 'A refused row of a bulk mutation, by its index in the input list (from 0).' })
export class RowError extends UserError {
  @Field(() => Int)
  index: number;
}

export function userError(code: ErrorCodeValue, message: string, field: string | null = null): UserError {
  return { code, message, field };
}

/**
 * Thrown by services for expected failures (validation, conflict, not found); the payload middleware
 * turns it into the mutation payload's `errors`, and nothing is written.
 */
export class DomainError extends Error {
  readonly errors: UserError[];

  constructor(errors: UserError | UserError[]) {
    const list = Array.isArray(errors) ? errors : [errors];
    super(list.map((error) => error.message).join(' '));
    this.name = 'DomainError';
    this.errors = list;
  }

  static of(code: ErrorCodeValue, message: string, field: string | null = null): DomainError {
    return new DomainError(userError(code, message, field));
  }
}
