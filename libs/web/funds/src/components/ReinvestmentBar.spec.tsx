import { screen } from '@testing-library/react';
import { progress, renderWithProviders } from '../testing/fixtures';
import { ReinvestmentBar } from './ReinvestmentBar';

describe('ReinvestmentBar', () => {
  it('draws counted, pending and the open gap against the obligation, its figures in one unit', async () => {
    await renderWithProviders(
      <ReinvestmentBar progress={progress('30000', '6000', '12000', '24000', '0.2')} />,
      [],
    );
    const bar = screen.getByTestId('reinvestment-bar');
    expect(bar).toHaveAccessibleName(
      '返投进度 完成 20.0%（要求 3 亿元）：已认定 0.6 亿元，待落地 1.2 亿元，缺口 2.4 亿元',
    );
    const widths = [...bar.querySelectorAll('[data-segment]')].map((s) => [
      s.getAttribute('data-segment'),
      (s as HTMLElement).style.width,
    ]);
    expect(widths).toEqual([
      ['counted', '20%'],
      ['pending', '40%'],
      ['open', '40%'],
    ]);
    expect(screen.getByText(/^20\.0% · 已认定 0\.6 亿元/)).toBeInTheDocument();
  });

  it('shows progress without a gap when the fund has no obligation (multiple 0)', async () => {
    await renderWithProviders(
      <ReinvestmentBar progress={progress('0', '500', '1500', null, null)} compact />,
      [],
    );
    expect(screen.getByTestId('reinvestment-bar')).toHaveAccessibleName(
      '返投进度 不设返投要求：已认定 500 万元，待落地 1,500 万元，不设返投要求',
    );
    expect(screen.getByText('不设返投要求')).toBeInTheDocument();
  });
});
