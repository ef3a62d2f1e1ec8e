import { act, render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { ReferenceOptionsDocument } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
// This library's words, as its index registers them in the app.
import '../i18n/messages';

/** Reference data the filing form's segment picker asks for. */
export const referenceMock: MockLink.MockedResponse = {
  request: { query: ReferenceOptionsDocument },
  result: {
    data: {
      industries: [
        {
          __typename: 'Industry',
          code: 'GREEN_ENERGY',
          name: '绿色新能源',
          nameEn: 'Green new energy',
          sortOrder: 2,
          retired: false,
          segments: [
            {
              __typename: 'Segment',
              code: 'ENERGY_STORAGE',
              name: '新型储能',
              nameEn: 'Energy storage',
              sortOrder: 5,
              retired: false,
            },
          ],
        },
      ],
      tags: [],
      places: [],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export async function renderWithProviders(
  ui: ReactNode,
  mocks: MockLink.MockedResponse[],
  path = '/my-referrals',
) {
  await act(async () => {
    render(
      <MockedProvider mocks={[referenceMock, ...mocks]}>
        <I18nProvider>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}
