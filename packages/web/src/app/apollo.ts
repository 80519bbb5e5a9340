import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** One client for the app; the API is on the same origin at /graphql. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache(),
  });
}
