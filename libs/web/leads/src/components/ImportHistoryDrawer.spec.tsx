import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { LeadImportsDocument, type LeadImportFieldsFragment } from '@lianzhao/web-data';
import { renderWithProviders } from '../testing/fixtures';
import { ImportHistoryDrawer } from './ImportHistoryDrawer';

function row(id: string, overrides: Partial<LeadImportFieldsFragment>): LeadImportFieldsFragment {
  return {
    __typename: 'LeadImport',
    id,
    createdAt: '2026-12-01T06:00:00.000Z',
    finishedAt: '2026-12-01T06:01:00.000Z',
    actorName: '张招商',
    fileName: '十二月台账.xlsx',
    status: 'IMPORTED',
    phase: 'DONE',
    processedRows: 1200,
    rowCount: 1200,
    enterprisesCreated: 1100,
    leadsCreated: 1200,
    leadsSkipped: 0,
    errorCount: 0,
    hasErrorReport: false,
    message: null,
    ...overrides,
  };
}

const history: MockLink.MockedResponse = {
  request: { query: LeadImportsDocument, variables: () => true },
  result: {
    data: {
      leadImports: {
        __typename: 'LeadImportConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          {
            __typename: 'LeadImportEdge',
            cursor: 'c1',
            node: row('i2', { fileName: '有问题的台账.xlsx', status: 'REFUSED', leadsCreated: 0, enterprisesCreated: 0, errorCount: 3, hasErrorReport: true }),
          },
          { __typename: 'LeadImportEdge', cursor: 'c2', node: row('i1', {}) },
        ],
      },
    },
  },
};

describe('ImportHistoryDrawer', () => {
  it('lists who imported which file with its counts, and offers a refused import’s problem list', async () => {
    await renderWithProviders(<ImportHistoryDrawer onClose={jest.fn()} />, [history]);
    const drawer = within(await screen.findByRole('dialog'));
    expect(await drawer.findByText('有问题的台账.xlsx')).toBeInTheDocument();
    expect(drawer.getByText('未导入（有问题）')).toBeInTheDocument();
    expect(drawer.getByRole('button', { name: /下载错误报告（3）/ })).toBeInTheDocument();
    expect(drawer.getByText('十二月台账.xlsx')).toBeInTheDocument();
    expect(drawer.getByText('已导入')).toBeInTheDocument();
    expect(drawer.getAllByText('张招商')).toHaveLength(2);
    expect(drawer.getAllByText('1,200').length).toBeGreaterThan(0);
  });
});
