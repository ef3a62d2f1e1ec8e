import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import {
  BulkAssignLeadsDocument,
  BulkMoveLeadsDocument,
  BulkTagLeadsDocument,
  BulkUntagLeadsDocument,
  LeadsDocument,
  type BulkAssignLeadsMutationVariables,
  type BulkMoveLeadsMutationVariables,
  type BulkTagLeadsMutationVariables,
  type LeadsQuery,
} from '@lianzhao/web-data';
import { leadCard, renderWithProviders } from '../testing/fixtures';
import { LeadTable } from './LeadTable';

const ROWS = [
  leadCard('l1', 'NEW', '储能电池基地', { tagCodes: ['LEAD_KEY'] }),
  leadCard('l2', 'VISITED', '新能源整车项目'),
  leadCard('l3', 'SIGNED', '光伏组件工厂'),
];

const leads: MockLink.MockedResponse = {
  request: { query: LeadsDocument, variables: () => true },
  result: (): { data: LeadsQuery } => ({
    data: {
      leads: {
        __typename: 'LeadConnection',
        totalCount: ROWS.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'l3' },
        stageSummary: [],
        edges: ROWS.map((node) => ({ __typename: 'LeadEdge', cursor: node.id, node })),
      },
    },
  }),
  maxUsageCount: Number.POSITIVE_INFINITY,
};

async function selectRows(...names: string[]) {
  for (const name of names) {
    const row = screen.getByText(name).closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('checkbox'));
  }
}

async function choose(label: string, option: string) {
  const dialog = within(screen.getByRole('dialog'));
  await userEvent.click(dialog.getByLabelText(label));
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  await userEvent.click(options[options.length - 1]);
}

// antd tables and selects in jsdom are slow on a loaded machine.
jest.setTimeout(120_000);

describe('LeadTable bulk actions', () => {
  it('assigns the selected leads to a new owner in one request', async () => {
    const sent: BulkAssignLeadsMutationVariables[] = [];
    await renderWithProviders(<LeadTable filter={{}} onOrderBy={jest.fn()} filtered={false} selectable />, [
      leads,
      {
        request: { query: BulkAssignLeadsDocument, variables: () => true },
        result: (variables) => {
          sent.push(variables as BulkAssignLeadsMutationVariables);
          return { data: { bulkAssignLeads: ROWS.slice(0, 2) } };
        },
      },
    ]);
    expect(await screen.findByText('储能电池基地')).toBeInTheDocument();
    expect(screen.queryByTestId('lead-bulk-bar')).not.toBeInTheDocument();
    await selectRows('储能电池基地', '新能源整车项目');
    const bar = within(screen.getByTestId('lead-bulk-bar'));
    expect(bar.getByText('已选 2 条')).toBeInTheDocument();
    expect(bar.getByRole('button', { name: /导出所选/ })).toBeInTheDocument();

    await userEvent.click(bar.getByRole('button', { name: '更换负责人' }));
    await choose('新负责人', '张招商');
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(sent).toEqual([{ input: { ids: ['l1', 'l2'], ownerId: 'u1' } }]));
    // Done: the selection is cleared.
    await waitFor(() => expect(screen.queryByTestId('lead-bulk-bar')).not.toBeInTheDocument());
  });

  it('lists each refused lead with its reason when the batch is refused', async () => {
    const sent: BulkMoveLeadsMutationVariables[] = [];
    await renderWithProviders(<LeadTable filter={{}} onOrderBy={jest.fn()} filtered={false} selectable />, [
      leads,
      {
        request: { query: BulkMoveLeadsDocument, variables: () => true },
        result: (variables) => {
          sent.push(variables as BulkMoveLeadsMutationVariables);
          return {
            errors: [
              {
                message: '有 1 条线索不能变更阶段，所选线索均未变更',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ field: 'ids', message: '有 1 条线索不能变更阶段，所选线索均未变更' }],
                  rows: [{ id: 'l3', label: '光伏组件工厂', message: '“签约”的线索不能再变更阶段' }],
                },
              },
            ],
          };
        },
      },
    ]);
    expect(await screen.findByText('光伏组件工厂')).toBeInTheDocument();
    await selectRows('新能源整车项目', '光伏组件工厂');
    await userEvent.click(
      within(screen.getByTestId('lead-bulk-bar')).getByRole('button', { name: '变更阶段' }),
    );
    await choose('转到阶段', '暂缓');
    const dialog = within(screen.getByRole('dialog'));
    await userEvent.click(dialog.getByRole('button', { name: /确\s*定/ }));
    // 暂缓 needs a reason, as a single move does.
    expect(await dialog.findByText('转为「暂缓」须填写原因')).toBeInTheDocument();
    expect(sent).toEqual([]);
    await userEvent.type(dialog.getByLabelText('原因'), '企业推迟');
    await userEvent.click(dialog.getByRole('button', { name: /确\s*定/ }));
    await waitFor(() =>
      expect(sent).toEqual([{ input: { ids: ['l2', 'l3'], stage: 'ON_HOLD', reason: '企业推迟' } }]),
    );
    const refused = within(await screen.findByTestId('bulk-refused'));
    expect(refused.getByText('光伏组件工厂：“签约”的线索不能再变更阶段')).toBeInTheDocument();
    // Nothing changed, so the selection stays for another try.
    expect(within(screen.getByTestId('lead-bulk-bar')).getByText('已选 2 条')).toBeInTheDocument();
  });

  it('shows each lead\'s tags by name, and tags or untags the selected leads with lead tags only', async () => {
    const tagged: BulkTagLeadsMutationVariables[] = [];
    const untagged: BulkTagLeadsMutationVariables[] = [];
    await renderWithProviders(<LeadTable filter={{}} onOrderBy={jest.fn()} filtered={false} selectable />, [
      leads,
      {
        request: { query: BulkTagLeadsDocument, variables: () => true },
        result: (variables) => {
          tagged.push(variables as BulkTagLeadsMutationVariables);
          return { data: { bulkTagLeads: ROWS.slice(0, 2) } };
        },
      },
      {
        request: { query: BulkUntagLeadsDocument, variables: () => true },
        result: (variables) => {
          untagged.push(variables as BulkTagLeadsMutationVariables);
          return { data: { bulkUntagLeads: ROWS.slice(0, 1) } };
        },
      },
    ]);
    const first = (await screen.findByText('储能电池基地')).closest('tr') as HTMLElement;
    expect(await within(first).findByText('重点')).toBeInTheDocument();

    await selectRows('储能电池基地', '新能源整车项目');
    await userEvent.click(within(screen.getByTestId('lead-bulk-bar')).getByRole('button', { name: '打标签' }));
    const dialog = within(screen.getByRole('dialog'));
    await userEvent.click(dialog.getByRole('button', { name: /确\s*定/ }));
    expect(await dialog.findByText('请选择标签')).toBeInTheDocument();
    await userEvent.click(dialog.getByLabelText('标签'));
    // An enterprise's tags are not offered for a lead.
    expect(await screen.findAllByText('基金返投', { selector: '.ant-select-item-option-content' })).not.toHaveLength(0);
    expect(screen.queryByText('高新技术企业', { selector: '.ant-select-item-option-content' })).toBeNull();
    await choose('标签', '基金返投');
    await userEvent.click(dialog.getByRole('button', { name: /确\s*定/ }));
    await waitFor(() =>
      expect(tagged).toEqual([{ input: { ids: ['l1', 'l2'], tagCodes: ['LEAD_FUND_REINVESTMENT'] } }]),
    );
    await waitFor(() => expect(screen.queryByTestId('lead-bulk-bar')).not.toBeInTheDocument());

    await selectRows('储能电池基地');
    await userEvent.click(within(screen.getByTestId('lead-bulk-bar')).getByRole('button', { name: '移除标签' }));
    await choose('标签', '重点');
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(untagged).toEqual([{ input: { ids: ['l1'], tagCodes: ['LEAD_KEY'] } }]));
  });
});
