import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { CreateFundDocument, UpdateFundDocument } from '@lianzhao/web-data';
import { fundDetail, renderWithProviders } from '../testing/fixtures';
import { FundFormModal } from './FundFormModal';

const dialog = () => within(screen.getByRole('dialog'));
const save = () => userEvent.click(dialog().getByRole('button', { name: /保\s*存/ }));

async function fill(label: string, text: string) {
  const input = dialog().getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.click(input);
  await userEvent.paste(text);
}

describe('FundFormModal', () => {
  it('checks a new fund as the server does: required fields, decimals, the contribution within the size', async () => {
    const create: MockLink.MockedResponse = {
      request: { query: CreateFundDocument, variables: () => true },
      result: jest.fn(() => ({ data: null })),
    };
    await renderWithProviders(<FundFormModal fund={null} editRule onClose={jest.fn()} />, [create]);
    await fill('基金规模（万元）', '100000');
    await fill('政府出资额（万元）', '100000.01');
    await fill('返投倍数', '10000');
    await fill('投资本地企业 认定系数', '0.125');
    await save();
    expect(await dialog().findByText('请输入基金名称')).toBeInTheDocument();
    expect(dialog().getByText('请选择基金管理人')).toBeInTheDocument();
    expect(dialog().getByText('请选择成立日期')).toBeInTheDocument();
    expect(dialog().getByText('政府出资不能超过基金规模')).toBeInTheDocument();
    expect(dialog().getByText('返投倍数超出范围')).toBeInTheDocument();
    expect(dialog().getByText('本地投资系数最多保留两位小数')).toBeInTheDocument();
    expect(create.result).not.toHaveBeenCalled();
    // A contribution of 0 is allowed (a market fund): its own error goes.
    await fill('政府出资额（万元）', '0');
    await waitFor(() => expect(dialog().queryByText('政府出资不能超过基金规模')).not.toBeInTheDocument());
  });

  it('lets an officer edit the facts but not the rule, and shows a server error beside its field', async () => {
    const fund = fundDetail();
    const update: MockLink.MockedResponse = {
      request: { query: UpdateFundDocument, variables: () => true },
      result: jest.fn(() => ({
        errors: [
          {
            message: '输入有误',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name', message: '已有同名基金' }] },
          },
        ],
      })),
    };
    await renderWithProviders(<FundFormModal fund={fund} editRule={false} onClose={jest.fn()} />, [update]);
    expect(dialog().getByText('返投规则仅系统管理员可修改')).toBeInTheDocument();
    expect(dialog().getByLabelText('返投倍数')).toBeDisabled();
    expect(dialog().queryByLabelText('变更说明')).not.toBeInTheDocument();
    await fill('基金名称', '奉贤区另一只基金');
    await save();
    const error = await dialog().findByText('已有同名基金');
    expect(error.closest('.ant-form-item')).toContainElement(dialog().getByLabelText('基金名称'));
    const sent = (update.result as jest.Mock).mock.calls[0][0] as { input: Record<string, unknown> };
    expect(sent.input).toMatchObject({ id: 'f1', version: 3, name: '奉贤区另一只基金', size: '100000' });
    expect(sent.input).not.toHaveProperty('reinvestmentMultiple');
  });
});
