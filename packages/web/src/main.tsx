import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './app/apollo';
import { applyDocumentLanguage, readStoredLanguage } from './app/language';
import { splitLanguage, switchLanguage } from './app/paths';
import { createRouter } from './app/router';
import './styles.css';

// Someone who chose English and opens a Swedish address (a shared link, the bare host) gets the
// English page; the switch stores the choice, so choosing Swedish again stops this.
const { pathname, search, hash } = window.location;
if (splitLanguage(pathname).language === 'sv' && readStoredLanguage() === 'en') {
  window.history.replaceState(null, '', switchLanguage(pathname, search, hash, 'en'));
}
// Before the first paint, so that the page never shows in the wrong language.
applyDocumentLanguage(splitLanguage(window.location.pathname).language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <RouterProvider router={createRouter()} />
    </ApolloProvider>
  </StrictMode>,
);
