import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { apiProblemOf, reportApiProblem } from './apiProblems';

/**
 * The one error link of the app: a request refused because the session ended (UNAUTHENTICATED),
 * because of too many requests (RATE_LIMITED) or because the database is away
 * (DATABASE_UNAVAILABLE) is reported to apiProblems.ts, which the views read.
 */
export const problemLink = new ErrorLink(({ error }) => {
  const problem = apiProblemOf(error);
  if (problem) reportApiProblem(problem);
});

/** One client for the app; the API is on the same origin at /graphql. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: problemLink.concat(new HttpLink({ uri })),
    cache: new InMemoryCache({
      typePolicies: {
        // Connections the views page through with fetchMore: pages are appended per filter.
        Query: {
          fields: {
            users: relayStylePagination(['search']),
            auditEntries: relayStylePagination(['operation', 'objectId', 'actorId', 'from', 'to']),
          },
        },
      },
    }),
  });
}
