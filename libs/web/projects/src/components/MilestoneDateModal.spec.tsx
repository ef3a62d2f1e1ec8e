import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  DEFAULT_MILESTONE_TEMPLATES,
  DEFAULT_OPTIONAL_MILESTONES,
  type MilestoneDates,
} from '@lianzhao/domain';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MilestoneNamesDocument } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { MilestoneDateModal, type MilestoneDateModalProps } from './MilestoneDateModal';

const ACTUAL: Record<string, string> = {
  SIGNED: '2026-01-05',
  REGISTERED: '2026-02-01',
  CONSTRUCTION_STARTED: '2026-03-01',
};
const PLANNED: Record<string, string> = { IN_PRODUCTION: '2026-06-30' };
const milestones: MilestoneDates[] = DEFAULT_MILESTONE_TEMPLATES.HEAVY.map((code) => ({
  code,
  actualDate: ACTUAL[code] ?? null,
  plannedDate: PLANNED[code] ?? null,
}));

/** The milestones' names as admins keep them: here 开工 renamed 开工建设 (节点模板 → 改名). */
function names(renamed: Record<string, string>): MockLink.MockedResponse {
  return {
    request: { query: MilestoneNamesDocument },
    result: {
      data: {
        milestoneTemplates: Object.entries(renamed).map(([code, name]) => ({
          __typename: 'MilestoneTemplate',
          projectType: 'HEAVY',
          code,
          name,
          nameEn: code,
        })),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

async function open(props: Partial<MilestoneDateModalProps>, renamed: Record<string, string> = {}) {
  const onSubmit = jest.fn<Promise<void>, [string | null, string | null]>().mockResolvedValue();
  await act(async () => {
    render(
      <MockedProvider mocks={[names(renamed)]}>
        <I18nProvider>
          <MilestoneDateModal
            mode="actual"
            code="IN_PRODUCTION"
            milestones={milestones}
            optional={DEFAULT_OPTIONAL_MILESTONES.HEAVY}
            loading={false}
            onSubmit={onSubmit}
            onCancel={jest.fn()}
            today="2026-03-10"
            {...props}
          />
        </I18nProvider>
      </MockedProvider>,
    );
  });
  return { onSubmit, dialog: within(await screen.findByRole('dialog')) };
}

async function typeDate(input: HTMLElement, value: string) {
  await userEvent.click(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
}

describe('MilestoneDateModal', () => {
  it('names milestones as admins renamed them, in its title and its rule messages', async () => {
    const { dialog } = await open({}, { CONSTRUCTION_STARTED: '开工建设', IN_PRODUCTION: '正式投产' });
    expect(await dialog.findByText(/正式投产/)).toBeInTheDocument();
    await typeDate(dialog.getByLabelText('实际日期'), '2026-02-20');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(
      await dialog.findByText('“正式投产”的实际日期不能早于“开工建设”（2026-03-01）'),
    ).toBeInTheDocument();
  });

  it('refuses 投产 before 开工 in the form, with the rule and words the server uses', async () => {
    const { onSubmit, dialog } = await open({});
    await typeDate(dialog.getByLabelText('实际日期'), '2026-02-20');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('“投产”的实际日期不能早于“开工”（2026-03-01）')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a date after today (Shanghai) and sends a valid one, skipping the optional 土地/空间落实', async () => {
    const { onSubmit, dialog } = await open({ code: 'COMPLETED' });
    const input = dialog.getByLabelText('实际日期');
    await typeDate(input, '2026-03-11');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('“竣工”的实际日期不能晚于今天（2026-03-10）')).toBeInTheDocument();
    await typeDate(input, '2026-03-05');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('2026-03-05', null));
  });

  it('keeps 投产 until 竣工 has a date: only template-optional milestones may be skipped', async () => {
    const { onSubmit, dialog } = await open({});
    await typeDate(dialog.getByLabelText('实际日期'), '2026-03-05');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('须先记录“竣工”的实际日期，才能记录“投产”')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses to clear 工商注册 while 开工 has a date', async () => {
    const { onSubmit, dialog } = await open({ code: 'REGISTERED' });
    await userEvent.click(dialog.getByRole('button', { name: '清除实际日期' }));
    expect(
      await dialog.findByText('“开工”已有实际日期，须先清除它，才能清除“工商注册”的实际日期'),
    ).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks why when an existing plan changes', async () => {
    const { onSubmit, dialog } = await open({ mode: 'plan' });
    await typeDate(dialog.getByLabelText('计划日期'), '2026-08-31');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('调整已有计划须填写原因')).toBeInTheDocument();
    await userEvent.type(dialog.getByLabelText('调整原因'), '设备到货推迟');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('2026-08-31', '设备到货推迟'));
  });
});
