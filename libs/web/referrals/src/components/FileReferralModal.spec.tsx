import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { FileReferralDocument, ReferralCheckDocument } from '@lianzhao/web-data';
import { renderWithProviders } from '../testing/fixtures';
import { FileReferralModal } from './FileReferralModal';

const checkMock = (companyName: string, result: string): MockLink.MockedResponse => ({
  request: { query: ReferralCheckDocument, variables: { companyName, creditCode: null } },
  result: { data: { referralCheck: { __typename: 'ReferralCheck', result, message: '' } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('FileReferralModal', () => {
  it('checks the credit code as it is typed, with the domain rule', async () => {
    await renderWithProviders(<FileReferralModal onClose={jest.fn()} onFiled={jest.fn()} />, []);
    const dialog = within(screen.getByRole('dialog'));
    await userEvent.type(dialog.getByLabelText('统一社会信用代码'), '91310000132149237A');
    expect(await dialog.findByText('校验位错误：第 18 位应为“G”')).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: '提交报备' }));
    expect(await dialog.findByText('请输入企业名称')).toBeInTheDocument();
    expect(dialog.getByText('请选择产业 / 细分赛道')).toBeInTheDocument();
    expect(dialog.getByText('请输入企业联系人')).toBeInTheDocument();
  });

  it('warns before submitting that the company is already referred, without saying by whom', async () => {
    await renderWithProviders(<FileReferralModal onClose={jest.fn()} onFiled={jest.fn()} />, [
      checkMock('上海链招科技有限公司', 'REFERRED'),
    ]);
    const dialog = within(screen.getByRole('dialog'));
    await userEvent.type(dialog.getByLabelText('企业名称'), '上海链招科技有限公司');
    await waitFor(() =>
      expect(dialog.getByTestId('duplicate-check')).toHaveTextContent('该企业已被报备，处于保护期内'),
    );
  });

  it('shows the server’s field error next to the field', async () => {
    const filing: MockLink.MockedResponse = {
      request: { query: FileReferralDocument, variables: () => true },
      result: {
        errors: [
          {
            message: '贵机构已报备该企业',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                { field: 'companyName', message: '贵机构已报备该企业，保护期至 2026-12-01，无需重复报备' },
              ],
            },
          },
        ],
      },
    };
    await renderWithProviders(<FileReferralModal onClose={jest.fn()} onFiled={jest.fn()} />, [
      checkMock('上海链招科技有限公司', 'OWN'),
      filing,
    ]);
    const dialog = within(screen.getByRole('dialog'));
    await userEvent.type(dialog.getByLabelText('企业名称'), '上海链招科技有限公司');
    await userEvent.click(dialog.getByLabelText('产业 / 细分赛道'));
    await userEvent.click(await screen.findByText('绿色新能源'));
    await userEvent.click(await screen.findByText('新型储能'));
    await userEvent.type(dialog.getByLabelText('企业联系人'), '周先生');
    await userEvent.type(dialog.getByLabelText('联系电话'), '13800000000');
    await userEvent.click(dialog.getByRole('button', { name: '提交报备' }));
    expect(
      await dialog.findByText('贵机构已报备该企业，保护期至 2026-12-01，无需重复报备'),
    ).toBeInTheDocument();
  });
});
