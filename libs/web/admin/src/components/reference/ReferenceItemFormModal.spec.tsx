import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { CreateReferenceItemDocument, UpdateReferenceItemDocument } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../../i18n/messages';
import { ReferenceItemFormModal, type ReferenceItemFormModalProps } from './ReferenceItemFormModal';

const created = {
  __typename: 'ReferenceItem',
  kind: 'TAG',
  code: 'GREEN_FACTORY',
  name: '绿色工厂',
  nameEn: '绿色工厂',
  sortOrder: 200,
  retired: false,
  townCode: null,
};

function createTag(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: CreateReferenceItemDocument,
      variables: {
        input: {
          kind: 'TAG',
          code: 'GREEN_FACTORY',
          name: '绿色工厂',
          nameEn: null,
          industryCode: null,
          group: 'PROFILE',
          placeKind: null,
          leading: null,
          townCode: null,
        },
      },
    },
    result,
  };
}

async function renderModal(props: Partial<ReferenceItemFormModalProps>, mocks: MockLink.MockedResponse[]) {
  const onClose = jest.fn();
  await act(async () => {
    render(
      <MockedProvider mocks={mocks}>
        <I18nProvider>
          <ReferenceItemFormModal kind="TAG" item={null} group="PROFILE" onClose={onClose} {...props} />
        </I18nProvider>
      </MockedProvider>,
    );
  });
  return { dialog: within(screen.getByRole('dialog')), onClose };
}

jest.setTimeout(60_000);

describe('ReferenceItemFormModal', () => {
  it('creates a tag in the preselected group, the code written as typed and sent upper-cased', async () => {
    const { dialog, onClose } = await renderModal({}, [createTag({ data: { createReferenceItem: created } })]);
    expect(dialog.getByText('新建标签')).toBeInTheDocument();
    expect(dialog.getByText('企业画像')).toBeInTheDocument();
    await userEvent.type(dialog.getByLabelText('代码'), 'green_factory');
    await userEvent.type(dialog.getByLabelText('名称'), '绿色工厂');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('shows the server’s duplicate-name message under the name field and stays open', async () => {
    const error = new GraphQLError('提交的内容有误，请检查标出的字段', {
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name', message: '名称“绿色工厂”已被标签 GREEN 使用' }] },
    });
    const { dialog, onClose } = await renderModal({}, [createTag({ errors: [error] })]);
    await userEvent.type(dialog.getByLabelText('代码'), 'GREEN_FACTORY');
    await userEvent.type(dialog.getByLabelText('名称'), '绿色工厂');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('名称“绿色工厂”已被标签 GREEN 使用')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('checks the code with the domain rule before sending, and asks for a name', async () => {
    const { dialog } = await renderModal({}, []);
    await userEvent.type(dialog.getByLabelText('代码'), '1号');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('代码须以大写字母开头，只含大写字母、数字和下划线，最多 40 位')).toBeInTheDocument();
    expect(await dialog.findByText('请输入名称')).toBeInTheDocument();
  });

  it('renames an entry without touching its code', async () => {
    const update: MockLink.MockedResponse = {
      request: {
        query: UpdateReferenceItemDocument,
        variables: { input: { kind: 'PLACE', code: 'NANQIAO', name: '南桥新城', nameEn: 'Nanqiao Town' } },
      },
      result: { data: { updateReferenceItem: { ...created, kind: 'PLACE', code: 'NANQIAO', name: '南桥新城', nameEn: 'Nanqiao Town' } } },
    };
    const { dialog, onClose } = await renderModal(
      { kind: 'PLACE', item: { code: 'NANQIAO', name: '南桥镇', nameEn: 'Nanqiao Town' } },
      [update],
    );
    expect(dialog.getByText('编辑镇街')).toBeInTheDocument();
    expect(dialog.getByLabelText('代码')).toBeDisabled();
    const name = dialog.getByLabelText('名称');
    await userEvent.clear(name);
    await userEvent.type(name, '南桥新城');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('asks a park for the town it is offered in, and no other kind', async () => {
    const park = await renderModal({ kind: 'PARK', group: undefined }, []);
    expect(park.dialog.getByText('新建园区')).toBeInTheDocument();
    expect(park.dialog.getByLabelText('所在镇/街道')).toBeInTheDocument();
  });
});
