import { DomainError, type UserError } from '../graphql/user-error';

/**
 * Collects the expected failures of one mutation so that all of them come back at once (a missing
 * unit and a focus area of another document in one answer), then throws them as one DomainError.
 * Only for checks that run no failing SQL: a failed statement would abort the transaction.
 */
export class ErrorList {
  readonly errors: UserError[] = [];

  add(...errors: UserError[]): void {
    this.errors.push(...errors);
  }

  /** The value of `work`, or undefined when it fails with a DomainError (whose errors are kept). */
  async resolve<T>(work: Promise<T>): Promise<T | undefined> {
    try {
      return await work;
    } catch (error) {
      if (error instanceof DomainError) {
        this.errors.push(...error.errors);
        return undefined;
      }
      throw error;
    }
  }

  has(field: string): boolean {
    return this.errors.some((error) => error.field === field);
  }

  throwIfAny(): void {
    if (this.errors.length) throw new DomainError(this.errors);
  }
}
