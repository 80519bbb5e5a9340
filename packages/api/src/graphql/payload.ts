import { ValidationError } from 'class-validator';
import { ArgumentValidationError, Field, Mutation, ObjectType, UseMiddleware, type ClassType, type MiddlewareFn } from 'type-graphql';
import { DomainError, UserError, userError } from './user-error';

/**
 * `<Name>Payload { <key>: T, errors: [UserError!]! }`: one payload type per domain type, shared by
 * its create, update and archive mutations.
 */
export function Payload<T extends object>(item: ClassType<T>, key: string, name = `${item.name}Payload`) {
  @ObjectType(name)
  class PayloadType {
    @Field(() => [UserError], { description: 'Empty when the mutation succeeded.' })
    errors: UserError[];
  }
  Field(() => item, { nullable: true, description: 'The object as saved; null when there are errors.' })(PayloadType.prototype, key);
  return PayloadType;
}

function flatten(errors: ValidationError[], prefix = ''): UserError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => userError('INVALID', message, field));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Expected failures of a mutation go into its payload's `errors`; unexpected errors are thrown on. */
export const PayloadErrors: MiddlewareFn = async (_action, next) => {
  try {
    const result = (await next()) as Record<string, unknown>;
    return { errors: [], ...result };
  } catch (error) {
    if (error instanceof DomainError) return { errors: error.errors };
    if (error instanceof ArgumentValidationError) {
      const details = (error.extensions.validationErrors ?? []) as ValidationError[];
      // The argument is "input"; fields are named as inside it.
      const inner = details.length === 1 && details[0]?.property === 'input' ? (details[0].children ?? []) : details;
      return { errors: flatten(inner) };
    }
    throw error;
  }
};

/**
 * `@Mutation` whose expected failures (DomainError from a service, class-validator errors on the
 * input) come back in the payload's `errors` instead of as GraphQL errors; nothing is written then.
 */
export function PayloadMutation(returnType: () => ClassType, options: { description?: string; deprecationReason?: string } = {}): MethodDecorator {
  return (target, key, descriptor) => {
    Mutation(returnType, options)(target, key, descriptor as never);
    UseMiddleware(PayloadErrors)(target, key, descriptor as never);
  };
}
