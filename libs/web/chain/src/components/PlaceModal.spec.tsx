import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from 'antd';
import {
  PlaceableEnterprisesDocument,
  PlaceableInvestmentsDocument,
  PlaceOnLinkDocument,
} from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { PlaceModal } from './PlaceModal';

jest.setTimeout(60_000);

const investment = {
  __typename: 'Investment' as const,
  id: 'inv-1',
  enterpriseName: '上海示例储能科技有限公司',
  date: '2026-05-01',
  amount: '12000',
  fund: { __typename: 'Fund' as const, id: 'f1', name: '奉贤新能源产业基金' },
};

const mocks: MockLink.MockedResponse[] = [
  {
    request: { query: PlaceableEnterprisesDocument, variables: { search: '储能' } },
    result: {
      data: {
        enterprises: {
          __typename: 'EnterpriseConnection',
          edges: [{ __typename: 'EnterpriseEdge', node: { __typename: 'Enterprise', id: 'e1', name: '上海示例储能科技有限公司' } }],
        },
      },
    },
  },
  {
    request: { query: PlaceableInvestmentsDocument, variables: { enterpriseIds: ['e1'] } },
    result: {
      data: {
        investments: { __typename: 'InvestmentConnection', edges: [{ __typename: 'InvestmentEdge', node: investment }] },
      },
    },
  },
  {
    request: {
      query: PlaceOnLinkDocument,
      variables: { input: { linkId: 'l1', entityType: 'INVESTMENT', entityId: 'inv-1' } },
    },
    result: {
      data: {
        placeOnLink: { __typename: 'ChainPlacement', id: 'p1', linkId: 'l1', entityType: 'INVESTMENT', entityId: 'inv-1' },
      },
    },
  },
];

describe('PlaceModal (放到此环节)', () => {
  it('finds a fund investment by its enterprise and places it on the link', async () => {
    const onPlaced = jest.fn();
    await act(async () => {
      render(
        <MockedProvider mocks={mocks}>
          <I18nProvider>
            <App>
              <PlaceModal linkId="l1" open onClose={jest.fn()} onPlaced={onPlaced} />
            </App>
          </I18nProvider>
        </MockedProvider>,
      );
    });
    const dialog = within(screen.getByRole('dialog'));
    await userEvent.click(dialog.getByLabelText('类型'));
    await userEvent.click(await screen.findByTitle('基金投资'));
    await userEvent.type(dialog.getByLabelText('对象'), '储能');
    const option = await screen.findByText('上海示例储能科技有限公司 · 奉贤新能源产业基金 · 2026-05-01 · 12,000 万元');
    await userEvent.click(option);
    await userEvent.click(dialog.getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(onPlaced).toHaveBeenCalled());
  });
});
