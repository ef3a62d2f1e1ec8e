import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from 'antd';
import { MemoryRouter, useLocation } from 'react-router';
import {
  CreateSavedViewDocument,
  SavedViewsDocument,
  type CreateSavedViewMutationVariables,
  type SavedViewRowFragment,
} from '@lianzhao/web-data';
import { I18nProvider } from '../i18n/I18nProvider';
import { SavedViewsMenu } from './SavedViewsMenu';
import { useListView } from './useListView';

function savedView(
  id: string,
  name: string,
  isDefault: boolean,
  filters: { key: string; value: string }[],
): SavedViewRowFragment {
  return {
    __typename: 'SavedView',
    id,
    listKey: 'leads',
    name,
    isDefault,
    state: {
      __typename: 'SavedViewState',
      filters: filters.map((f) => ({ __typename: 'SavedViewFilter', ...f })),
      columns: ['-grade'],
      sort: 'CREATED_AT.ASC',
      density: 'compact',
      pageSize: 50,
    },
  };
}

const NEW_ENERGY = savedView('v1', '新能源', true, [{ key: 'q', value: '新能源' }]);
const LOST = savedView('v2', '流失线索', false, [{ key: 'stage', value: 'LOST' }]);

const viewsMock = (views: SavedViewRowFragment[]): MockLink.MockedResponse => ({
  request: { query: SavedViewsDocument, variables: { listKey: 'leads' } },
  result: { data: { savedViews: views } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function Probe() {
  const { search } = useLocation();
  return <output data-testid="location">{decodeURIComponent(search)}</output>;
}

function Page() {
  const view = useListView('leads');
  return (
    <>
      <SavedViewsMenu view={view} />
      <output data-testid="settings">{JSON.stringify(view.settings)}</output>
    </>
  );
}

async function renderAt(path: string, mocks: MockLink.MockedResponse[]) {
  await act(async () => {
    render(
      <MockedProvider mocks={mocks}>
        <I18nProvider initialLocale="zh-CN">
          <App>
            <MemoryRouter initialEntries={[path]}>
              <Page />
              <Probe />
            </MemoryRouter>
          </App>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}

const location = () => screen.getByTestId('location').textContent ?? '';

describe('saved views', () => {
  it('opens a bare list with the default view, filters, sort and table settings alike', async () => {
    await renderAt('/leads', [viewsMock([NEW_ENERGY, LOST])]);
    await waitFor(() =>
      expect(location()).toBe('?q=新能源&sort=CREATED_AT.ASC&hide=grade&density=compact&size=50'),
    );
    expect(JSON.parse(screen.getByTestId('settings').textContent ?? '')).toEqual({
      hidden: ['grade'],
      density: 'compact',
      pageSize: 50,
    });
  });

  it('leaves a list opened with filters as its link says', async () => {
    await renderAt('/leads?stage=NEW', [viewsMock([NEW_ENERGY])]);
    await userEvent.click(screen.getByRole('button', { name: /视图/ }));
    expect(await screen.findByText('新能源')).toBeInTheDocument();
    expect(location()).toBe('?stage=NEW');
  });

  it('applies a view picked from the menu', async () => {
    await renderAt('/leads?stage=NEW', [viewsMock([NEW_ENERGY, LOST])]);
    await userEvent.click(screen.getByRole('button', { name: /视图/ }));
    await userEvent.click(await screen.findByRole('button', { name: '流失线索' }));
    await waitFor(() =>
      expect(location()).toBe('?stage=LOST&sort=CREATED_AT.ASC&hide=grade&density=compact&size=50'),
    );
  });

  it('saves what the list shows as a new named view, marked default when asked', async () => {
    const sent: CreateSavedViewMutationVariables[] = [];
    const created = savedView('v3', '我的谈判中', true, [{ key: 'stage', value: 'NEGOTIATING' }]);
    await renderAt('/leads?stage=NEGOTIATING&density=compact', [
      viewsMock([]),
      {
        request: { query: CreateSavedViewDocument, variables: () => true },
        result: (variables) => {
          sent.push(variables as CreateSavedViewMutationVariables);
          return { data: { createSavedView: created } };
        },
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: /视图/ }));
    expect(await screen.findByText('还没有保存的视图')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /另存为视图/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('视图名称'), '我的谈判中');
    await userEvent.click(within(dialog).getByLabelText('打开列表时默认使用此视图'));
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].input).toEqual({
      listKey: 'leads',
      name: '我的谈判中',
      isDefault: true,
      state: {
        filters: [{ key: 'stage', value: 'NEGOTIATING' }],
        columns: null,
        sort: null,
        density: 'compact',
        pageSize: 20,
      },
    });
    expect(await screen.findByText('视图“我的谈判中”已保存')).toBeInTheDocument();
  });

  it('refuses to save without a name', async () => {
    await renderAt('/leads?stage=NEW', [viewsMock([])]);
    await userEvent.click(screen.getByRole('button', { name: /视图/ }));
    await userEvent.click(await screen.findByRole('button', { name: /另存为视图/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('请输入视图名称')).toBeInTheDocument();
  });
});
