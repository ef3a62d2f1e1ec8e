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
    expect(await dialog.findByText('统一社会信用代码无效：第 18 位（校验位）与前 17 位不符，请核对')).toBeInTheDocument();
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

  it('checks attachments in the browser with the domain rule before anything is sent', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderWithProviders(<FileReferralModal onClose={jest.fn()} onFiled={jest.fn()} />, []);
    const dialog = within(screen.getByRole('dialog'));
    // The picker replaces its input after each pick, so it is looked up every time.
    const input = () => {
      const found = screen.getByRole('dialog').querySelector<HTMLInputElement>('input[type="file"]');
      if (!found) throw new Error('no file input');
      return found;
    };

    await user.upload(input(), new File(['MZ'], 'setup.exe', { type: 'application/octet-stream' }));
    expect(
      await dialog.findByText('setup.exe：不支持的文件类型，仅限 PDF、JPG、PNG、Word、Excel'),
    ).toBeInTheDocument();

    await user.upload(input(), new File([new Uint8Array(5 * 1024 * 1024 + 1)], '大文件.pdf'));
    expect(await dialog.findByText('大文件.pdf：文件超过 5 MB')).toBeInTheDocument();

    await user.upload(input(), new File(['not a pdf at all'], '伪装.pdf'));
    expect(await dialog.findByText('伪装.pdf：文件内容与扩展名不符')).toBeInTheDocument();

    await user.upload(input(), new File(['%PDF-1.4 demo'], '项目介绍.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(dialog.getByText('项目介绍.pdf')).toBeInTheDocument());
    expect(dialog.queryByText('伪装.pdf：文件内容与扩展名不符')).not.toBeInTheDocument();
  });

  it('uploads the picked files on submit and files the referral with their ids', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const onFiled = jest.fn();
    let sent: unknown = null;
    const filing: MockLink.MockedResponse = {
      request: {
        query: FileReferralDocument,
        variables: (vars: Record<string, unknown>) => {
          sent = (vars['input'] as { attachmentIds?: unknown }).attachmentIds;
          return true;
        },
      },
      result: {
        data: {
          fileReferral: {
            __typename: 'Referral',
            id: 'r1',
            status: 'PROTECTED',
            companyName: '上海链招科技有限公司',
            creditCode: null,
            protectedUntil: '2027-05-01',
            expiringSoon: false,
            decisionReason: null,
            createdAt: '2026-11-01T00:00:00.000Z',
            version: 1,
            industry: { __typename: 'Industry', code: 'NEV', name: '绿色新能源', nameEn: 'New energy' },
            segment: { __typename: 'Segment', code: 'STORAGE', name: '新型储能', nameEn: 'Storage' },
          },
        },
      },
    };
    await renderWithProviders(<FileReferralModal onClose={jest.fn()} onFiled={onFiled} />, [
      checkMock('上海链招科技有限公司', 'FREE'),
      filing,
    ]);
    const dialog = within(screen.getByRole('dialog'));
    await user.type(dialog.getByLabelText('企业名称'), '上海链招科技有限公司');
    await user.click(dialog.getByLabelText('产业 / 细分赛道'));
    await user.click(await screen.findByText('绿色新能源'));
    await user.click(await screen.findByText('新型储能'));
    await user.type(dialog.getByLabelText('企业联系人'), '周先生');
    await user.type(dialog.getByLabelText('联系电话'), '13800000000');
    const input = screen.getByRole('dialog').querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File(['%PDF-1.4 demo'], '项目介绍.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(dialog.getByText('项目介绍.pdf')).toBeInTheDocument());
    // The file goes to the upload route as multipart form data; the filing names it by id.
    const uploads: FormData[] = [];
    const answer = { attachments: [{ id: 'a1', fileName: '项目介绍.pdf', mimeType: 'application/pdf', sizeBytes: 13 }] };
    const network = jest.fn((url: string, init: { body: FormData }) => {
      expect(url).toBe('/uploads/referral-attachments');
      uploads.push(init.body);
      return Promise.resolve({ ok: true, status: 201, json: () => Promise.resolve(answer) });
    });
    Object.assign(globalThis, { fetch: network });
    await user.click(dialog.getByRole('button', { name: '提交报备' }));
    await waitFor(() => expect(onFiled).toHaveBeenCalled());
    expect(uploads.map((form) => (form.getAll('files') as File[]).map((f) => f.name))).toEqual([['项目介绍.pdf']]);
    expect(sent).toEqual(['a1']);
  });
});
