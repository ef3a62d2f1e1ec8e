import type { CSSProperties } from 'react';
import { Select } from 'antd';

export interface SelectOption {
  value: string;
  label: string;
}

/** What every picker over a list of options takes, as a form item or a filter control. */
export interface OptionsSelectBaseProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  /** A clear button (default); off where the form requires a choice. */
  allowClear?: boolean;
  'aria-label'?: string;
}

export interface OptionsSelectProps extends OptionsSelectBaseProps {
  options: SelectOption[];
  loading?: boolean;
  /** The value already recorded, kept as an option even when the list no longer offers it. */
  current?: SelectOption | null;
  /** Searched on the server: each typed text is handed over instead of filtering the labels here. */
  onSearch?: (text: string) => void;
}

/** A searchable single select over options from a query or the reference data; cleared means undefined. */
export function OptionsSelect({
  id,
  value,
  onChange,
  placeholder,
  style,
  allowClear = true,
  options,
  loading,
  current,
  onSearch,
  ...rest
}: OptionsSelectProps) {
  const shown = current && !options.some((o) => o.value === current.value) ? [current, ...options] : options;
  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      style={style}
      allowClear={allowClear}
      loading={loading}
      placeholder={placeholder}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next || undefined)}
      options={shown}
      showSearch={
        onSearch
          ? { filterOption: false, onSearch: (text) => onSearch(text.trim()) }
          : { optionFilterProp: 'label' }
      }
    />
  );
}
