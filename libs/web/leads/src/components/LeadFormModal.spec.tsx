import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { EnterpriseOptionsDocument, FundOptionsDocument } from '@lianzhao/web-data';
import { renderWithProviders } from '../testing/fixtures';
import { LeadFormModal } from './LeadFormModal';

const enterprises: MockLink.MockedResponse = {
  request: { query: EnterpriseOptionsDocument, variables: () => true },
  result: { data: { enterprises: { __typename: 'EnterpriseConnection', edges: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const funds: MockLink.MockedResponse = {
  request: { query: FundOptionsDocument, variables: () => true },
  result: { data: { funds: { __typename: 'FundConnection', edges: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

async function choose(label: string, option: string) {
  const dialog = within(screen.getAllByRole('dialog')[0]);
  await userEvent.click(dialog.getByLabelText(label));
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  await userEvent.click(options[options.length - 1]);
}

describe('LeadFormModal', () => {
  it('asks for a source organisation only for partner channels, as the server does', async () => {
    await renderWithProviders(<LeadFormModal lead={null} onClose={jest.fn()} />, [enterprises]);
    const dialog = within(screen.getByRole('dialog'));
    await userEvent.type(dialog.getByLabelText('计划投资（万元）'), '1.23456');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('请选择企业')).toBeInTheDocument();
    expect(dialog.getByText('请输入项目名称')).toBeInTheDocument();
    expect(dialog.getByText('请选择细分赛道')).toBeInTheDocument();
    expect(dialog.getByText('金额最多保留 4 位小数（万元精确到元）')).toBeInTheDocument();
    expect(dialog.queryByText('该渠道的线索须选择来源机构')).not.toBeInTheDocument();

    await choose('招商渠道', '链式招商');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('该渠道的线索须选择来源机构')).toBeInTheDocument();
  });

  it('asks a 资本招商 lead for its fund, as the server does', async () => {
    await renderWithProviders(<LeadFormModal lead={null} onClose={jest.fn()} />, [enterprises, funds]);
    const dialog = within(screen.getByRole('dialog'));
    expect(dialog.queryByLabelText('来源基金')).not.toBeInTheDocument();
    await choose('招商渠道', '资本招商');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('资本招商线索须选择来源基金')).toBeInTheDocument();
  });

  it('checks land and space with the area rule the server uses, not the money rule', async () => {
    await renderWithProviders(<LeadFormModal lead={null} onClose={jest.fn()} />, [enterprises]);
    const dialog = within(screen.getByRole('dialog'));
    // Three decimals pass as 万元 but not as 亩; eleven integer digits pass as 万元 but not as m².
    await userEvent.click(dialog.getByLabelText('用地需求（亩）'));
    await userEvent.paste('12.345');
    await userEvent.click(dialog.getByLabelText('空间需求（平方米）'));
    await userEvent.paste('12345678901');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('最多保留 2 位小数')).toBeInTheDocument();
    expect(dialog.getByText('数值过大：整数部分最多 10 位')).toBeInTheDocument();
  });

  it('opens 新建企业 from the enterprise picker', async () => {
    await renderWithProviders(<LeadFormModal lead={null} onClose={jest.fn()} />, [enterprises]);
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: /新建企业/ }));
    expect(await screen.findByText('统一社会信用代码')).toBeInTheDocument();
    expect(screen.getAllByRole('dialog')).toHaveLength(2);
  });

  it('offers the lead tags, not an enterprise\'s', async () => {
    await renderWithProviders(<LeadFormModal lead={null} onClose={jest.fn()} />, [enterprises]);
    await userEvent.click(within(screen.getByRole('dialog')).getByLabelText('标签'));
    const option = (name: string) => screen.queryAllByText(name, { selector: '.ant-select-item-option-content' });
    expect(await screen.findAllByText('重点', { selector: '.ant-select-item-option-content' })).not.toHaveLength(0);
    expect(option('基金返投')).not.toHaveLength(0);
    expect(option('高新技术企业')).toHaveLength(0);
  });
});
