import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { ReferenceDataDocument } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { ReferenceDataPage } from './ReferenceDataPage';

const reference: MockLink.MockedResponse = {
  request: { query: ReferenceDataDocument },
  result: {
    data: {
      industries: [
        {
          __typename: 'Industry',
          code: 'BEAUTY_HEALTH',
          name: '美丽大健康',
          nameEn: 'Beauty and health',
          leading: true,
          sortOrder: 10,
          retired: false,
          segments: [
            { __typename: 'Segment', code: 'BIOLOGICS', name: '生物制品', nameEn: 'Biologics', sortOrder: 10, retired: false },
          ],
        },
        {
          __typename: 'Industry',
          code: 'OLD_INDUSTRY',
          name: '旧产业',
          nameEn: 'Old industry',
          leading: false,
          sortOrder: 20,
          retired: true,
          segments: [],
        },
      ],
      tags: [],
      places: [
        { __typename: 'Place', code: 'NANQIAO', name: '南桥镇', nameEn: 'Nanqiao Town', kind: 'TOWN', sortOrder: 10, retired: false },
      ],
      parks: [
        {
          __typename: 'Park',
          code: 'DONGFANG_MEIGU_BIOMED',
          name: '东方美谷生物医药园',
          nameEn: 'Oriental Beauty Valley Biomedical Park',
          townCode: 'NANQIAO',
          sortOrder: 10,
          retired: false,
        },
        {
          __typename: 'Park',
          code: 'LINGANG_FENGXIAN',
          name: '临港奉贤园区',
          nameEn: 'Lingang Fengxian Park',
          townCode: null,
          sortOrder: 20,
          retired: false,
        },
      ],
    },
  },
};

describe('ReferenceDataPage', () => {
  it('shows names first, the code beside them for the admin, marks retired entries, and offers editing', async () => {
    await act(async () => {
      render(
        <MockedProvider mocks={[reference]}>
          <I18nProvider>
            <ReferenceDataPage />
          </I18nProvider>
        </MockedProvider>,
      );
    });
    const table = await screen.findByTestId('reference-table');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).getByText('美丽大健康')).toBeInTheDocument();
    expect(within(rows[1]).getByText('主导产业')).toBeInTheDocument();
    expect(within(rows[1]).getByText('BEAUTY_HEALTH')).toBeInTheDocument();
    expect(within(rows[2]).getByText('已停用')).toBeInTheDocument();
    expect(within(rows[2]).getByRole('button', { name: '恢复' })).toBeInTheDocument();
    expect(within(rows[1]).getByRole('button', { name: '停用' })).toBeInTheDocument();
    // The first entry cannot move up, the last cannot move down.
    expect(within(rows[1]).getByRole('button', { name: '上移 美丽大健康' })).toBeDisabled();
    expect(within(rows[2]).getByRole('button', { name: '下移 旧产业' })).toBeDisabled();
    expect(screen.getByRole('tab', { name: '节点模板' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '修改记录' })).toBeInTheDocument();
    expect(screen.queryByText('编辑功能正在建设中')).not.toBeInTheDocument();
  });

  it('lists the parks with the town each is offered in', async () => {
    await act(async () => {
      render(
        <MockedProvider mocks={[reference]}>
          <I18nProvider>
            <ReferenceDataPage />
          </I18nProvider>
        </MockedProvider>,
      );
    });
    await userEvent.click(await screen.findByRole('tab', { name: '园区' }));
    const table = (await screen.findAllByTestId('reference-table')).find((t) => t.getAttribute('data-kind') === 'PARK');
    if (!table) throw new Error('no park table');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).getByText('东方美谷生物医药园')).toBeInTheDocument();
    expect(within(rows[1]).getByText('南桥镇')).toBeInTheDocument();
    expect(within(rows[2]).getByText('临港奉贤园区')).toBeInTheDocument();
    expect(within(rows[2]).getByText('不限镇街')).toBeInTheDocument();
  });
});
