import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import {
  ImportLeadsDocument,
  LeadImportDocument,
  StartLeadImportDocument,
  type ImportLeadsMutation,
  type LeadImportFieldsFragment,
} from '@lianzhao/web-data';
import { renderWithProviders } from '../testing/fixtures';
import { ImportLeadsWizard } from './ImportLeadsWizard';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const fileContent = 'PK fake workbook';
const fileBase64 = Buffer.from(fileContent).toString('base64');

const failedCheck: ImportLeadsMutation['importLeads'] = {
  __typename: 'LeadImportResult',
  ok: false,
  rowCount: 2,
  errorCount: 2,
  enterprisesCreated: 0,
  leadsCreated: 0,
  leadsSkipped: 0,
  errorReportBase64: 'UEsDBBQ=',
  preview: [],
  errors: [
    {
      __typename: 'ImportError',
      row: 5,
      column: '细分赛道',
      message: '未找到细分赛道“不存在的赛道”',
      text: '第 5 行 · 细分赛道 · 未找到细分赛道“不存在的赛道”',
    },
    {
      __typename: 'ImportError',
      row: 5,
      column: '来源机构',
      message: '“链式招商”渠道的线索须填写来源机构',
      text: '第 5 行 · 来源机构 · “链式招商”渠道的线索须填写来源机构',
    },
  ],
};

const dryRun: MockLink.MockedResponse = {
  request: { query: ImportLeadsDocument, variables: { input: { fileBase64, dryRun: true } } },
  result: { data: { importLeads: failedCheck } },
};

const passedCheck: ImportLeadsMutation['importLeads'] = {
  ...failedCheck,
  ok: true,
  rowCount: 1000,
  errorCount: 0,
  errors: [],
  errorReportBase64: null,
  enterprisesCreated: 900,
  leadsCreated: 1000,
};

function job(overrides: Partial<LeadImportFieldsFragment>): LeadImportFieldsFragment {
  return {
    __typename: 'LeadImport',
    id: 'job-1',
    createdAt: '2026-12-01T06:00:00.000Z',
    finishedAt: null,
    actorName: '张招商',
    fileName: '线索.xlsx',
    status: 'RUNNING',
    phase: 'READING',
    processedRows: 0,
    rowCount: 1000,
    enterprisesCreated: 0,
    leadsCreated: 0,
    leadsSkipped: 0,
    errorCount: 0,
    hasErrorReport: false,
    message: null,
    ...overrides,
  };
}

const importJob: MockLink.MockedResponse[] = [
  {
    request: { query: ImportLeadsDocument, variables: { input: { fileBase64, dryRun: true } } },
    result: { data: { importLeads: passedCheck } },
  },
  {
    request: { query: StartLeadImportDocument, variables: { input: { fileBase64, fileName: '线索.xlsx' } } },
    result: { data: { startLeadImport: job({}) } },
  },
  {
    request: { query: LeadImportDocument, variables: { id: 'job-1' } },
    result: { data: { leadImport: job({ phase: 'WRITING', processedRows: 500 }) } },
  },
  {
    request: { query: LeadImportDocument, variables: { id: 'job-1' } },
    result: {
      data: {
        leadImport: job({ status: 'IMPORTED', phase: 'DONE', processedRows: 1000, enterprisesCreated: 900, leadsCreated: 1000 }),
      },
    },
  },
];

async function renderWizard(mocks: MockLink.MockedResponse[] = [dryRun]) {
  await renderWithProviders(<ImportLeadsWizard onClose={jest.fn()} />, mocks);
  return within(screen.getByRole('dialog'));
}

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

describe('ImportLeadsWizard', () => {
  // jsdom can neither make object URLs nor follow a download link; the browser test covers both.
  let saved: string[] = [];
  beforeEach(() => {
    saved = [];
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:report'), revokeObjectURL: jest.fn() });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('lists every problem of the dry run as 「第 N 行 · 列名 · 问题」 and offers the error report', async () => {
    const dialog = await renderWizard();
    expect(dialog.getByRole('button', { name: '检查文件' })).toBeDisabled();
    await userEvent.upload(fileInput(), new File([fileContent], '线索.xlsx', { type: XLSX }));
    expect(await dialog.findByText('线索.xlsx')).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: '检查文件' }));

    expect(await dialog.findByText('发现 2 个问题，请修改后重新上传')).toBeInTheDocument();
    expect(dialog.getByText('第 5 行 · 细分赛道 · 未找到细分赛道“不存在的赛道”')).toBeInTheDocument();
    expect(dialog.getByText('第 5 行 · 来源机构 · “链式招商”渠道的线索须填写来源机构')).toBeInTheDocument();
    expect(dialog.queryByRole('button', { name: '确认导入' })).not.toBeInTheDocument();

    await userEvent.click(dialog.getByRole('button', { name: /下载错误报告/ }));
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(saved).toEqual(['线索导入错误报告.xlsx']);

    // Back to step 1 for a corrected file.
    await userEvent.click(dialog.getByRole('button', { name: '重新上传' }));
    expect(dialog.getByText('选择或拖入 .xlsx 文件')).toBeInTheDocument();
  });

  it('refuses a file that is not .xlsx before reading it', async () => {
    const dialog = await renderWizard();
    await userEvent.upload(fileInput(), new File(['a,b'], '线索.csv', { type: 'text/csv' }), {
      applyAccept: false,
    });
    expect(await screen.findByText('请上传 .xlsx 格式的 Excel 文件')).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: '检查文件' })).toBeDisabled();
  });

  it('runs the import as a job with a progress bar of rows written, then reports the counts', async () => {
    const dialog = await renderWizard(importJob);
    await userEvent.upload(fileInput(), new File([fileContent], '线索.xlsx', { type: XLSX }));
    await userEvent.click(await dialog.findByRole('button', { name: '检查文件' }));
    await userEvent.click(await dialog.findByRole('button', { name: '确认导入' }));

    expect(await dialog.findByText('写入线索：500 / 1000 条')).toBeInTheDocument();
    expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '75');
    expect(
      await dialog.findByText('导入完成：新建 900 家企业、1000 条线索，跳过 0 条', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
