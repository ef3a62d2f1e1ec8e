import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import { CreateEnterpriseDocument, ReferenceOptionsDocument } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { EnterpriseFormModal } from './EnterpriseFormModal';

const reference: MockLink.MockedResponse = {
  request: { query: ReferenceOptionsDocument },
  result: { data: { industries: [], tags: [], places: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

async function renderForm(mocks: MockLink.MockedResponse[] = []) {
  const onClose = jest.fn();
  await act(async () => {
    render(
      <MockedProvider mocks={[reference, ...mocks]}>
        <I18nProvider>
          <MemoryRouter>
            <EnterpriseFormModal enterprise={null} onClose={onClose} />
          </MemoryRouter>
        </I18nProvider>
      </MockedProvider>,
    );
  });
  return { dialog: within(screen.getByRole('dialog')), onClose };
}

/** The form item (label, input and its messages) around a labelled input. */
function fieldOf(input: HTMLElement): HTMLElement {
  const item = input.closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error('not in a form item');
  return item;
}

describe('EnterpriseFormModal', () => {
  it('checks the credit code with the domain rule while the user types', async () => {
    const { dialog } = await renderForm();
    const code = dialog.getByLabelText('统一社会信用代码');
    const field = within(fieldOf(code));

    await userEvent.type(code, '91310120MA1HK5T97');
    expect(await field.findByText('统一社会信用代码应为 18 位，当前为 17 位')).toBeInTheDocument();

    await userEvent.type(code, 'X');
    expect(await field.findByText('统一社会信用代码无效：第 18 位（校验位）与前 17 位不符，请核对')).toBeInTheDocument();

    await userEvent.clear(code);
    await userEvent.type(code, '91310120MA1HK5T9OY');
    expect(await field.findByText(/第 17 位“O”不是有效字符/)).toBeInTheDocument();

    await userEvent.clear(code);
    await userEvent.type(code, '91310120ma1hk5t97y');
    await screen.findByDisplayValue('91310120ma1hk5t97y');
    expect(field.queryByText(/统一社会信用代码应为|统一社会信用代码无效|不是有效字符/)).not.toBeInTheDocument();
  });

  it('checks amounts before sending', async () => {
    const { dialog } = await renderForm();
    await userEvent.type(dialog.getByLabelText('注册资本（万元）'), '12,34');
    expect(await dialog.findByText('千位分隔符位置不正确，例如 1,234,567.5')).toBeInTheDocument();
  });

  it('names the enterprise already in the register on a duplicate, with a link to it', async () => {
    const { dialog, onClose } = await renderForm([
      {
        request: { query: CreateEnterpriseDocument, variables: () => true },
        result: {
          errors: [
            {
              message: '企业库中已有“上海链招科技有限公司”（统一社会信用代码相同）',
              extensions: {
                code: 'CONFLICT',
                existingId: 'e9',
                existingName: '上海链招科技有限公司',
                fields: [{ field: 'creditCode', message: '与已有企业“上海链招科技有限公司”重复' }],
              },
            },
          ],
        },
      },
    ]);
    await userEvent.type(dialog.getByLabelText('企业名称'), '上海链招科技股份有限公司');
    await userEvent.type(dialog.getByLabelText('统一社会信用代码'), '91310120MA1HK5T97Y');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));

    expect(
      await dialog.findByText('企业库中已有「上海链招科技有限公司」，请勿重复录入。'),
    ).toBeInTheDocument();
    expect(dialog.getByRole('link', { name: '查看已有企业' })).toHaveAttribute('href', '/enterprises/e9');
    const field = within(fieldOf(dialog.getByLabelText('统一社会信用代码')));
    expect(field.getByText('与已有企业“上海链招科技有限公司”重复')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a server message about one contact next to that contact’s field', async () => {
    const { dialog } = await renderForm([
      {
        request: { query: CreateEnterpriseDocument, variables: () => true },
        result: {
          errors: [
            {
              message: '提交的内容有误，请检查标出的字段',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'contacts.0.phone', message: '该号码已停用' }],
              },
            },
          ],
        },
      },
    ]);
    await userEvent.type(dialog.getByLabelText('企业名称'), '某公司');
    await userEvent.click(dialog.getByRole('button', { name: /添加联系人/ }));
    await userEvent.type(dialog.getByLabelText('姓名'), '王总');
    await userEvent.type(dialog.getByLabelText('电话'), '13812345678');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    const field = within(fieldOf(dialog.getByLabelText('电话')));
    expect(await field.findByText('该号码已停用')).toBeInTheDocument();
  });
});
