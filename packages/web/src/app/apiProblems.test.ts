import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { apiProblemOf } from './apiProblems';

function serverError(status: number, body: string): ServerError {
  return new ServerError('failed', { response: new Response(body, { status }), bodyText: body });
}

describe('apiProblemOf', () => {
  it('tells the shared problems from a GraphQL error code', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Log in', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(apiProblemOf(error)).toBe('UNAUTHENTICATED');
    expect(apiProblemOf(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }] }))).toBeNull();
  });

  it('tells them from an HTTP answer: its body, else its status', () => {
    expect(apiProblemOf(serverError(503, JSON.stringify({ errors: [{ message: 'away', extensions: { code: 'DATABASE_UNAVAILABLE' } }] })))).toBe('DATABASE_UNAVAILABLE');
    expect(apiProblemOf(serverError(429, 'Too many'))).toBe('RATE_LIMITED');
    expect(apiProblemOf(serverError(401, ''))).toBe('UNAUTHENTICATED');
    expect(apiProblemOf(serverError(500, ''))).toBeNull();
    expect(apiProblemOf(new TypeError('Failed to fetch'))).toBeNull();
  });
});
