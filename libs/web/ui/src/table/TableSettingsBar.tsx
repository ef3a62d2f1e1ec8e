import type { ReactNode } from 'react';
import { ColumnHeightOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Segmented, Space } from 'antd';
import { useT } from '../hooks/useI18n';
import type { Density, TableSettings } from './list-view';

export interface PickableColumn {
  key: string;
  title: ReactNode;
}

export interface TableSettingsBarProps {
  columns: readonly PickableColumn[];
  settings: TableSettings;
  onChange: (patch: Partial<TableSettings>) => void;
}

/** 列 and 行高: which columns a table shows (the first always) and how tall its rows are. */
export function TableSettingsBar({ columns, settings, onChange }: TableSettingsBarProps) {
  const t = useT();
  const hidden = new Set(settings.hidden);
  const toggle = (key: string, shown: boolean) =>
    onChange({ hidden: shown ? settings.hidden.filter((k) => k !== key) : [...settings.hidden, key] });
  const picker = (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      {columns.map((column, index) => (
        <Checkbox
          key={column.key}
          checked={!hidden.has(column.key)}
          // The first column names the row (and links to it): it always shows.
          disabled={index === 0}
          onChange={(event) => toggle(column.key, event.target.checked)}
        >
          {column.title}
        </Checkbox>
      ))}
    </div>
  );
  return (
    <Space wrap>
      <Popover trigger="click" placement="bottomRight" content={picker}>
        <Button icon={<TableOutlined />}>{t('list.columns')}</Button>
      </Popover>
      <Segmented<Density>
        aria-label={t('list.density')}
        // Its own radio group: the page may have another Segmented (the leads' board / table switch).
        name="table-density"
        value={settings.density}
        onChange={(density) => onChange({ density })}
        options={[
          { value: 'compact', label: t('list.compact'), icon: <ColumnHeightOutlined /> },
          { value: 'default', label: t('list.default') },
        ]}
      />
    </Space>
  );
}
