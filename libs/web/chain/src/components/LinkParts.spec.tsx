import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { PartChips } from './LinkParts';

type Stage = 'NEW' | 'CONTACTED' | 'VISITED';
const NAMES: Record<Stage, string> = { NEW: '线索', CONTACTED: '初步接洽', VISITED: '实地考察' };

async function renderChips(value: Stage | undefined, onChange = jest.fn()) {
  await act(async () => {
    render(
      <I18nProvider>
        <PartChips<Stage>
          all={{ label: '全部在谈', count: 3 }}
          parts={[
            { part: 'NEW', count: 0 },
            { part: 'CONTACTED', count: 3 },
            { part: 'VISITED', count: 0 },
          ]}
          value={value}
          onChange={onChange}
          name={(p) => NAMES[p]}
        />
      </I18nProvider>,
    );
  });
  return onChange;
}

describe('PartChips', () => {
  it('offers 全部 and the parts with a count, and reports the one chosen', async () => {
    const onChange = await renderChips(undefined);
    expect(screen.getByTestId('chain-part-chips').textContent).toBe('全部在谈 3初步接洽 3');
    expect(screen.getByText('全部在谈 3').closest('.ant-tag')).toHaveClass('ant-tag-checkable-checked');
    await userEvent.click(screen.getByText('初步接洽 3'));
    expect(onChange).toHaveBeenLastCalledWith('CONTACTED');
  });

  it('keeps the chosen part even at zero (a day when it had none), and 全部 clears it', async () => {
    const onChange = await renderChips('VISITED');
    expect(screen.getByText('实地考察 0').closest('.ant-tag')).toHaveClass('ant-tag-checkable-checked');
    expect(screen.queryByText('线索 0')).toBeNull();
    await userEvent.click(screen.getByText('全部在谈 3'));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});
