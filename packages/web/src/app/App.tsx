import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { MunicipalityStrategyView } from '../features/strategy/views/MunicipalityStrategyView';
import { StartView } from '../features/strategy/views/StartView';
import { EmptyState } from '../components/StatusViews';
import { Layout } from './Layout';
import { LanguageProvider, useStrings } from './language';
import { useRoute } from './routes';
import { appStrings } from './strings';

function NotFound() {
  const t = useStrings(appStrings);
  return (
    <EmptyState title={t.notFoundTitle}>
      <p>{t.notFoundBody}</p>
      <p>
        <a href="/">{t.notFoundLink}</a>
      </p>
    </EmptyState>
  );
}

function Routes() {
  const route = useRoute();
  switch (route.name) {
    case 'start':
      return <StartView />;
    case 'municipality':
      return <MunicipalityStrategyView code={route.code} />;
    case 'notFound':
      return <NotFound />;
  }
}

export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <LanguageProvider>
        <Layout>
          <Routes />
        </Layout>
      </LanguageProvider>
    </ApolloProvider>
  );
}
