import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  BulkRejectReferralsDocument,
  ExportReferralsDocument,
  type BulkRejectReferralsMutationVariables,
  type ExportReferralsQueryVariables,
} from '@lianzhao/web-data';
import { renderWithProviders } from '../testing/fixtures';
import { ReferralBulkBar } from './ReferralBulkBar';

// antd modals in jsdom are slow on a loaded machine.
jest.setTimeout(120_000);

describe('ReferralBulkBar', () => {
  it('asks one reason for all, and lists each refused referral when the batch is refused', async () => {
    const sent: BulkRejectReferralsMutationVariables[] = [];
    const onClear = jest.fn();
    await renderWithProviders(<ReferralBulkBar ids={['r1', 'r2']} onClear={onClear} />, [
      {
        request: { query: BulkRejectReferralsDocument, variables: () => true },
        result: (variables) => {
          sent.push(variables as BulkRejectReferralsMutationVariables);
          return {
            errors: [
              {
                message: '有 1 条报备不能不予受理，所选报备均未变更',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  rows: [{ id: 'r2', label: '上海甲公司', message: '“已受理”的报备不能再作处理' }],
                },
              },
            ],
          };
        },
      },
    ]);
    expect(screen.getByText('已选 2 条')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /不予受理/ }));
    const dialog = within(await screen.findByRole('dialog'));
    await userEvent.type(dialog.getByLabelText('原因'), '不在本区产业方向');
    await userEvent.click(dialog.getByRole('button', { name: /不予受理/ }));
    await waitFor(() => expect(sent).toEqual([{ input: { ids: ['r1', 'r2'], reason: '不在本区产业方向' } }]));
    expect(await dialog.findByText('上海甲公司：“已受理”的报备不能再作处理')).toBeInTheDocument();
    expect(onClear).not.toHaveBeenCalled();
  });

  it('exports just the selected referrals', async () => {
    // jsdom has no object URLs; the download helper makes one for the file.
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    const asked: ExportReferralsQueryVariables[] = [];
    await renderWithProviders(<ReferralBulkBar ids={['r1', 'r2']} onClear={jest.fn()} />, [
      {
        request: { query: ExportReferralsDocument, variables: () => true },
        result: (variables) => {
          asked.push(variables as ExportReferralsQueryVariables);
          return {
            data: {
              referralsExport: { __typename: 'ExcelFile', filename: '报备导出.xlsx', contentBase64: 'UEsDBA==' },
            },
          };
        },
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: /导出所选/ }));
    expect(await screen.findByText('已导出 报备导出.xlsx')).toBeInTheDocument();
    expect(asked).toEqual([{ filter: { ids: ['r1', 'r2'] } }]);
  });
});
