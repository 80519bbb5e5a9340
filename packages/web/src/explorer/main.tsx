/**
 * The GraphQL API explorer (GraphiQL with its Monaco editor), served at GET /graphql to browsers.
 * A separate Vite entry (explorer.html): nothing here is in the public site's bundle, and every
 * file, worker and font comes from this server, so it works on an intranet with no internet.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './explorer.css';

/** POSTs to the same origin with the browser's session cookie, so a logged-in user explores as themselves. */
async function fetcher(params: unknown, options?: { headers?: Record<string, unknown> }): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [name, value] of Object.entries(options?.headers ?? {})) if (typeof value === 'string') headers[name] = value;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params), credentials: 'same-origin' });
  return response.json();
}

const DEFAULT_QUERY = `# Inkludera's GraphQL API: anonymous callers see what is
# published. Log in on the site, or put an API key under
# Headers ({"Authorization": "Bearer <key>"}), to see more.
query Municipalities {
  municipalities(first: 10) {
    totalCount
    nodes {
      code
      name
      steeringDocuments {
        title
        focusAreas {
          nameSv
          nameEn
        }
      }
    }
  }
}
`;

const root = document.getElementById('explorer');
if (!root) throw new Error('explorer.html has no #explorer element.');
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher as never} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
