import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { CreatePolicyItemDocument } from '@lianzhao/web-data';
import { renderWithProviders } from '../testing/render';
import { PolicyItemFormModal } from './PolicyItemFormModal';

const dialog = () => within(screen.getByRole('dialog'));
const save = () => userEvent.click(dialog().getByRole('button', { name: /保\s*存/ }));

async function fill(label: string, text: string) {
  const input = dialog().getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.click(input);
  await userEvent.paste(text);
}

describe('PolicyItemFormModal', () => {
  it('names the wrong part of a rule before saving, and summarises a valid one', async () => {
    const create: MockLink.MockedResponse = {
      request: { query: CreatePolicyItemDocument, variables: () => true },
      result: jest.fn(() => ({ data: null })),
    };
    await renderWithProviders(<PolicyItemFormModal policyId="p1" item={null} onClose={jest.fn()} />, [create]);
    await fill('条款名称', '开工补贴');
    await fill('条件（JSON）', '{"all":[{"fact":"plannedFixedAssetInvestment","op":"reached","value":"5000"}]}');
    await fill('金额规则（JSON）', '{"rate":"5%","of":"plannedFixedAssetInvestment"}');
    await save();
    expect(await dialog().findByText(/^condition\.all\[0\]\.op：/)).toBeInTheDocument();
    expect(await dialog().findByText(/^amount\.rate：比例须为/)).toBeInTheDocument();
    expect(await dialog().findByText('请选择条款类别')).toBeInTheDocument();
    expect(create.result).not.toHaveBeenCalled();

    await fill(
      '条件（JSON）',
      '{"all":[{"fact":"plannedFixedAssetInvestment","op":">=","value":"5000"},{"fact":"milestone","op":"reached","value":"CONSTRUCTION_STARTED"}]}',
    );
    expect(await dialog().findByTestId('rule-summary')).toHaveTextContent(
      '条件摘要：全部满足：计划固定资产投资 ≥ 5000 万元；“开工”节点完成',
    );
  });

  it('shows a server error on the part it names under its field', async () => {
    const create: MockLink.MockedResponse = {
      request: { query: CreatePolicyItemDocument, variables: () => true },
      result: {
        errors: [
          {
            message: '输入有误',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'condition.value', message: '没有节点“X”' }] },
          },
        ],
      },
    };
    await renderWithProviders(<PolicyItemFormModal policyId="p1" item={null} onClose={jest.fn()} />, [create]);
    await fill('条款名称', '定额奖励');
    await userEvent.click(dialog().getByLabelText('条款类别'));
    await userEvent.click(await screen.findByTitle('其他'));
    await fill('条件（JSON）', '{"fact":"segment","op":"=","value":"HYDROGEN"}');
    await fill('金额规则（JSON）', '{"fixed":"50"}');
    await save();
    expect(await dialog().findByText('condition.value：没有节点“X”')).toBeInTheDocument();
  });
});
