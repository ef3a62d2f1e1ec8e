import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from '@lianzhao/web-auth';
import { createApolloClient, createSessionSignal } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import { AppRoutes } from './app/AppRoutes';
import { prefetchPath } from './app/route-chunks';

// An UNAUTHENTICATED answer while signed in opens the sign-in dialog over the page (AuthProvider).
const session = createSessionSignal();

// The opened page's code comes together with the `me` check, not after it.
prefetchPath(window.location.pathname);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient({ onUnauthenticated: session.expire })}>
      <I18nProvider>
        <AuthProvider session={session}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </I18nProvider>
    </ApolloProvider>
  </StrictMode>,
);
