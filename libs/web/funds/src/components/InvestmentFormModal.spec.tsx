import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { InvestmentEnterpriseDocument, RecordInvestmentDocument } from '@lianzhao/web-data';
import { investmentRow, renderWithProviders } from '../testing/fixtures';
import { InvestmentFormModal } from './InvestmentFormModal';

const dialog = () => within(screen.getByRole('dialog'));

// A dialog of pickers is slow to drive in jsdom.
jest.setTimeout(90_000);

function companyMock(
  leads: { id: string; projectName: string; stage: string; project: null }[],
): MockLink.MockedResponse {
  return {
    request: { query: InvestmentEnterpriseDocument, variables: { id: 'e9' } },
    result: {
      data: {
        enterprise: {
          __typename: 'Enterprise',
          id: 'e9',
          name: '上海新投科技有限公司',
          industryCode: 'GREEN_ENERGY',
          segmentCode: 'HYDROGEN',
          leads: leads.map((l) => ({ __typename: 'Lead', ...l })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

async function pickCompany() {
  await userEvent.click(dialog().getByRole('combobox', { name: '被投企业' }));
  await userEvent.click(
    await screen.findByText('上海新投科技有限公司', { selector: '.ant-select-item-option-content' }),
  );
}

async function fillMoneyAndDate() {
  await userEvent.click(dialog().getByLabelText('投资金额（万元）'));
  await userEvent.paste('3,000');
  const date = dialog().getByLabelText('投资日期');
  await userEvent.click(date);
  await userEvent.paste('2026-03-01');
  await userEvent.keyboard('{Enter}');
}

describe('InvestmentFormModal', () => {
  it('offers a 资本招商 lead for a company with no open lead, and sends it with the investment', async () => {
    const record: MockLink.MockedResponse = {
      request: { query: RecordInvestmentDocument, variables: () => true },
      result: jest.fn(() => ({ data: { recordInvestment: investmentRow({ enterpriseId: 'e9' }) } })),
    };
    const onClose = jest.fn();
    await renderWithProviders(
      <InvestmentFormModal
        fund={{ id: 'f1', name: '奉贤区产业引导基金' }}
        investment={null}
        onClose={onClose}
      />,
      [companyMock([{ id: 'l0', projectName: '已流失项目', stage: 'LOST', project: null }]), record],
    );
    await pickCompany();
    expect(await dialog().findByText('该企业暂无在谈线索或落地项目')).toBeInTheDocument();
    await userEvent.click(dialog().getByRole('checkbox', { name: '同时新建一条资本招商线索，来源为本基金' }));
    await fillMoneyAndDate();
    await userEvent.click(dialog().getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(record.result).toHaveBeenCalled());
    const sent = (record.result as jest.Mock).mock.calls[0][0] as { input: Record<string, unknown> };
    expect(sent.input).toMatchObject({
      fundId: 'f1',
      enterpriseId: 'e9',
      amount: '3000',
      date: '2026-03-01',
      stage: 'INTENDED',
      leadId: null,
      // The company's own segment, prefilled.
      createLead: { segmentCode: 'HYDROGEN', townCode: null, ownerId: null },
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('tracks the landing with the company’s open lead and shows a nested lead error beside its field', async () => {
    const record: MockLink.MockedResponse = {
      request: { query: RecordInvestmentDocument, variables: () => true },
      result: jest.fn(() => ({
        errors: [
          {
            message: '输入有误',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'amount', message: '投资金额须大于 0' }],
            },
          },
        ],
      })),
    };
    await renderWithProviders(
      <InvestmentFormModal
        fund={{ id: 'f1', name: '奉贤区产业引导基金' }}
        investment={null}
        onClose={jest.fn()}
      />,
      [companyMock([{ id: 'l1', projectName: '新投氢能总部', stage: 'VISITED', project: null }]), record],
    );
    await pickCompany();
    expect(await dialog().findByText('新投氢能总部（实地考察）')).toBeInTheDocument();
    expect(dialog().queryByText('该企业暂无在谈线索或落地项目')).not.toBeInTheDocument();
    await fillMoneyAndDate();
    await userEvent.click(dialog().getByRole('button', { name: /保\s*存/ }));
    const error = await dialog().findByText('投资金额须大于 0');
    expect(error.closest('.ant-form-item')).toContainElement(dialog().getByLabelText('投资金额（万元）'));
    const sent = (record.result as jest.Mock).mock.calls[0][0] as { input: Record<string, unknown> };
    expect(sent.input).toMatchObject({ leadId: 'l1', projectId: null });
    expect(sent.input).not.toHaveProperty('createLead');
  });
});
