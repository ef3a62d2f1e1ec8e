import { chartFigures, chartItemHref, figureChartOption, type FigureChartSpec } from './chart-options';

const drill = (stage: string) => ({
  kind: 'LEADS' as const,
  filter: { industryCode: 'NEW_ENERGY', stages: [stage] },
});

const spec: FigureChartSpec = {
  categories: ['新建', '在谈'],
  series: [
    {
      name: '在途线索',
      type: 'bar',
      figures: [
        { value: 3, drill: drill('NEW') },
        { value: 5, drill: drill('NEGOTIATING') },
      ],
    },
    {
      name: '计划投资',
      type: 'line',
      amount: true,
      figures: [{ value: '25000', drill: drill('NEW') }, null],
    },
  ],
  amountUnit: (unit) => (unit === 'YI' ? '亿元' : '万元'),
};

describe('figure charts', () => {
  it('plots counts as they are and amounts in 亿元 on a second axis', () => {
    const option = figureChartOption(spec) as {
      series: { data: (number | null)[]; yAxisIndex: number }[];
      yAxis: { name?: string }[];
    };
    expect(option.series[0].data).toEqual([3, 5]);
    expect(option.series[1].data).toEqual([2.5, null]);
    expect(option.series[1].yAxisIndex).toBe(1);
    expect(option.yAxis[1].name).toBe('亿元');
  });

  it('opens the clicked element’s own drill, exactly', () => {
    const href = chartItemHref(spec, 0, 1) ?? '';
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/leads');
    expect(JSON.parse(url.searchParams.get('drill') ?? '')).toEqual({
      industryCode: 'NEW_ENERGY',
      stages: ['NEGOTIATING'],
    });
    expect(chartItemHref(spec, 1, 1)).toBeNull();
    expect(chartItemHref(spec, 5, 0)).toBeNull();
  });

  it('lists the first series’ figures for tests and screen readers', () => {
    expect(chartFigures(spec).map((f) => [f.name, f.value])).toEqual([
      ['新建', 3],
      ['在谈', 5],
    ]);
  });
});
