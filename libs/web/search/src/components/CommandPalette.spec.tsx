import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from 'antd';
import { MemoryRouter, useLocation } from 'react-router';
import { GlobalSearchDocument } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { CommandPalette, searchable } from './CommandPalette';

jest.setTimeout(60_000);

function LocationProbe() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

const hit = (kind: string, id: string, title: string, detail: string | null = null) => ({
  __typename: 'SearchHit' as const,
  kind,
  id,
  title,
  detail,
});

const searchMock: MockLink.MockedResponse = {
  request: { query: GlobalSearchDocument, variables: { text: '氢能', first: 5 } },
  result: {
    data: {
      globalSearch: [
        { __typename: 'SearchGroup', kind: 'ENTERPRISE', hasMore: false, hits: [hit('ENTERPRISE', 'e1', '上海氢能科技有限公司')] },
        {
          __typename: 'SearchGroup',
          kind: 'LEAD',
          hasMore: true,
          hits: [hit('LEAD', 'l1', '氢能装备项目', '上海氢能科技有限公司'), hit('LEAD', 'l2', '氢能二期')],
        },
        { __typename: 'SearchGroup', kind: 'PROJECT', hasMore: false, hits: [] },
      ],
    },
  },
};

async function renderPalette(role: 'OFFICER' | 'PARTNER' = 'OFFICER') {
  await act(async () => {
    render(
      <MockedProvider mocks={[searchMock]}>
        <I18nProvider>
          <App>
            <MemoryRouter initialEntries={['/']}>
              <CommandPalette open role={role} onClose={() => undefined} />
              <LocationProbe />
            </MemoryRouter>
          </App>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}

describe('searchable', () => {
  it.each([
    ['氢', false],
    ['氢能', true],
    ['5712345', true],
    [' 氢 ', false],
  ])('%s → %s', (text, expected) => expect(searchable(text)).toBe(expected));
});

describe('CommandPalette', () => {
  it('groups the hits by kind, hides empty kinds, and opens the chosen one with ↓ and Enter', async () => {
    await renderPalette();
    const box = screen.getByRole('combobox', { name: '搜索' });
    await userEvent.type(box, '氢能');
    expect(await screen.findByRole('region', { name: '线索' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '企业' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '项目' })).toBeNull();
    expect(screen.getByText('还有更多，请输入更完整的名称')).toBeInTheDocument();
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByTestId('location')).toHaveTextContent('/leads/l1');
  });

  it('asks for more before searching a single character', async () => {
    await renderPalette();
    await userEvent.type(screen.getByRole('combobox', { name: '搜索' }), '氢');
    expect(screen.getByText('输入至少 2 个字，或信用代码、电话号码')).toBeInTheDocument();
  });
});
