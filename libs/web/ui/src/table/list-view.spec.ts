import { paramsFromViewState, settingsFromParams, viewStateFromParams, withSettings } from './list-view';

describe('list views in the URL', () => {
  it('reads the table settings, falling back to the defaults for anything unknown', () => {
    expect(settingsFromParams(new URLSearchParams('hide=grade,channel&density=compact&size=50'))).toEqual({
      hidden: ['grade', 'channel'],
      density: 'compact',
      pageSize: 50,
    });
    expect(settingsFromParams(new URLSearchParams('density=huge&size=37'))).toEqual({
      hidden: [],
      density: 'default',
      pageSize: 20,
    });
  });

  it('leaves defaults out of the URL', () => {
    const params = withSettings(new URLSearchParams('q=链&size=50&density=compact'), {
      pageSize: 20,
      density: 'default',
      hidden: [],
    });
    expect(params.toString()).toBe(new URLSearchParams('q=链').toString());
  });

  it('keeps filters, sort and settings in a view, and writes them back as the same URL', () => {
    const url = new URLSearchParams(
      'view=table&q=新能源&stage=NEW,VISITED&sort=PLANNED_INVESTMENT.DESC&hide=grade&density=compact&size=50&drill=x&page=4',
    );
    const state = viewStateFromParams(url);
    expect(state).toEqual({
      filters: [
        { key: 'view', value: 'table' },
        { key: 'q', value: '新能源' },
        { key: 'stage', value: 'NEW,VISITED' },
      ],
      columns: ['-grade'],
      sort: 'PLANNED_INVESTMENT.DESC',
      density: 'compact',
      pageSize: 50,
    });
    const back = paramsFromViewState(state);
    url.delete('drill');
    url.delete('page');
    expect(Object.fromEntries(back)).toEqual(Object.fromEntries(url));
  });

  it('starts again at page 1 when the page size changes, not when another setting does', () => {
    const url = new URLSearchParams('q=链&page=3');
    expect(withSettings(url, { density: 'compact' }).get('page')).toBe('3');
    expect(withSettings(url, { pageSize: 20 }).get('page')).toBe('3');
    expect(withSettings(url, { pageSize: 50 }).get('page')).toBeNull();
  });

  it('a plain list makes a plain view', () => {
    expect(viewStateFromParams(new URLSearchParams(''))).toEqual({
      filters: [],
      columns: null,
      sort: null,
      density: 'default',
      pageSize: 20,
    });
    expect(paramsFromViewState({ filters: [] }).toString()).toBe('');
  });
});
