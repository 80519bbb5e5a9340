import { GraphQLError } from 'graphql';
import { createErrorFormatter } from '../errors';
import { DomainError } from '../user-error';

/** The one mapping of errors to answers (the HTTP side is in test/hostile-input.test.ts). */
describe('error formatter', () => {
  const logged: unknown[] = [];
  const hidden = createErrorFormatter({ exposeDetails: false, log: (error) => logged.push(error) });
  const exposed = createErrorFormatter({ exposeDetails: true, log: () => undefined });
  const located = (original: Error) => new GraphQLError(original.message, { path: ['x'], originalError: original });
  const formatted = (error: GraphQLError) => ({
    ...error.toJSON(),
    extensions: { ...error.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: x', '    at f (/work/src/a.ts:1:1)'] },
  });

  beforeEach(() => {
    logged.length = 0;
  });

  it('answers an internal error without its message or stack, and logs it', () => {
    const original = new Error('relation "partner" does not exist');
    const error = located(original);
    expect(hidden(formatted(error), error)).toEqual({ message: 'Internal server error.', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toEqual([original]);
  });

  it('shows the details only when asked to (EXPOSE_ERROR_DETAILS)', () => {
    const error = located(new Error('relation "partner" does not exist'));
    expect(exposed(formatted(error), error)).toMatchObject({ message: 'relation "partner" does not exist', extensions: { stacktrace: expect.any(Array) } });
  });

  it('keeps a client error but never its stack trace', () => {
    const error = new GraphQLError('No such thing.', { extensions: { code: 'NOT_FOUND' } });
    expect(hidden(formatted(error), error)).toEqual({ message: 'No such thing.', extensions: { code: 'NOT_FOUND' } });
    expect(logged).toEqual([]);
  });

  it('answers a DomainError thrown outside a payload as a client error with its field', () => {
    const notFound = located(DomainError.of('NOT_FOUND', 'No Goal has the id x.', 'id'));
    expect(hidden(formatted(notFound), notFound)).toEqual({ message: 'No Goal has the id x.', path: ['x'], extensions: { code: 'NOT_FOUND', fields: ['id'], field: 'id' } });
    const invalid = located(DomainError.of('INVALID_PERIOD', '"2024Q5" is not a period.', 'period'));
    expect(hidden(formatted(invalid), invalid)).toEqual({
      message: '"2024Q5" is not a period.',
      path: ['x'],
      extensions: { code: 'BAD_USER_INPUT', fields: ['period'], field: 'period', reason: 'INVALID_PERIOD' },
    });
    expect(logged).toEqual([]);
  });
});
