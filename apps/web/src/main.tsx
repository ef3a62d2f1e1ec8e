import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from '@lianzhao/web-auth';
import { createApolloClient } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import { AppRoutes } from './app/AppRoutes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <I18nProvider>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </I18nProvider>
    </ApolloProvider>
  </StrictMode>,
);
