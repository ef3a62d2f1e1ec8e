import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RecordTargetActualDocument, SetTargetDocument } from '@lianzhao/web-data';
import { renderWithProviders, targetProgress } from '../testing/fixtures';
import { RecordActualModal, SetTargetModal } from './TargetForms';

describe('target forms', () => {
  it('refuses a value the domain refuses, before asking the server', async () => {
    await renderWithProviders(<SetTargetModal progress={targetProgress()} onClose={jest.fn()} />, []);
    const value = screen.getByLabelText('数值（亿元）');
    await userEvent.clear(value);
    await userEvent.type(value, '-5');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('不能为负数')).toBeInTheDocument();
  });

  it('sends the version it read and shows a server field error next to its field', async () => {
    const onClose = jest.fn();
    await renderWithProviders(<SetTargetModal progress={targetProgress()} onClose={onClose} />, [
      {
        request: {
          query: SetTargetDocument,
          variables: { input: { year: 2026, metric: 'INDUSTRIAL_OUTPUT', value: '4000', version: 1 } },
        },
        result: {
          errors: [
            {
              message: '输入有误',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'value', message: '目标值超出允许范围' }],
              },
            },
          ],
        },
      },
    ]);
    const value = screen.getByLabelText('数值（亿元）');
    await userEvent.clear(value);
    await userEvent.type(value, '4000');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const message = await screen.findByText('目标值超出允许范围');
    expect(message.closest('.ant-form-item')).toContainElement(value);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('records an external actual with its day and source', async () => {
    const onClose = jest.fn();
    await renderWithProviders(<RecordActualModal progress={targetProgress()} onClose={onClose} />, [
      {
        request: {
          query: RecordTargetActualDocument,
          variables: {
            input: {
              metric: 'INDUSTRIAL_OUTPUT',
              value: '1900.5',
              periodEnd: '2026-06-30',
              sourceNote: '区统计局快报',
            },
          },
        },
        result: {
          errors: [
            {
              message: '输入有误',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'sourceNote', message: '来源说明过短' }],
              },
            },
          ],
        },
      },
    ]);
    await userEvent.type(screen.getByLabelText('数值（亿元）'), '1900.5');
    const day = screen.getByLabelText('数据截止日期');
    await userEvent.click(day);
    await userEvent.type(day, '2026-06-30{Enter}');
    await userEvent.type(screen.getByLabelText('数据来源'), '区统计局快报');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const message = await screen.findByText('来源说明过短');
    expect(message.closest('.ant-form-item')).toContainElement(screen.getByLabelText('数据来源'));
    await waitFor(() => expect(onClose).not.toHaveBeenCalled());
  });
});
