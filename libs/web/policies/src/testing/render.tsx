import { act, render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from 'antd';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '@lianzhao/web-ui';
// This library's words, as its index registers them in the app.
import '../i18n/messages';

/** Renders a component of this library with Apollo mocks, the i18n layer, antd's App and a router. */
export async function renderWithProviders(ui: ReactNode, mocks: MockLink.MockedResponse[] = []) {
  await act(async () => {
    render(
      <MockedProvider mocks={mocks}>
        <I18nProvider>
          <App>
            <MemoryRouter initialEntries={['/settings/policies']}>{ui}</MemoryRouter>
          </App>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}
