import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLeadMover } from '../hooks/useLeadMover';
import { renderWithProviders } from '../testing/fixtures';
import { StageMoveSelect } from './StageMoveSelect';

function Harness({ stage }: { stage: 'VISITED' | 'SIGNED' }) {
  const mover = useLeadMover();
  return (
    <>
      <StageMoveSelect lead={{ id: 'l1', projectName: '储能电池基地', stage, version: 2 }} mover={mover} />
      {mover.modal}
    </>
  );
}

describe('StageMoveSelect', () => {
  it('offers only the moves the pipeline allows, and confirms the chosen one', async () => {
    await renderWithProviders(<Harness stage="VISITED" />, []);
    await userEvent.click(screen.getByLabelText('变更阶段'));
    const options = (await screen.findAllByText(/./, { selector: '.ant-select-item-option-content' })).map(
      (o) => o.textContent,
    );
    // 签约 only from 过会.
    expect(options).toEqual(['初步接洽', '深度洽谈', '过会', '暂缓', '流失']);
    await userEvent.click(screen.getByText('深度洽谈', { selector: '.ant-select-item-option-content' }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('从「实地考察」转到「深度洽谈」')).toBeInTheDocument();
  });

  it('is disabled once a lead is signed', async () => {
    await renderWithProviders(<Harness stage="SIGNED" />, []);
    expect(screen.getByLabelText('变更阶段')).toBeDisabled();
  });
});
