import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo';
import { App } from './app/App';
import { applyDocumentLanguage, readStoredLanguage } from './app/language';
import './styles.css';

// Before the first paint, so that the page never shows in the wrong language.
applyDocumentLanguage(readStoredLanguage());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App client={createApolloClient()} />
  </StrictMode>,
);
