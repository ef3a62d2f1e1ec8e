import { useState, type CSSProperties, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { EnterpriseOptionsDocument } from '@lianzhao/web-data';

export interface EnterpriseOption {
  id: string;
  name: string;
  creditCode?: string | null;
}

export interface EnterpriseSelectProps {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined, enterprise: EnterpriseOption | undefined) => void;
  /** The enterprise already chosen, kept as an option while other searches run. */
  current?: EnterpriseOption | null;
  /** An enterprise not to offer (the one being merged into). */
  excludeId?: string;
  placeholder?: string;
  style?: CSSProperties;
  /** Called with the text typed so far, e.g. to prefill 新建企业 with it. */
  onSearchText?: (text: string) => void;
  /** Shown under the options, e.g. a 「新建企业」 shortcut. */
  footer?: ReactNode;
  'aria-label'?: string;
}

/** Enterprises from the register, searched on the server by name or credit code as the user types. */
export function EnterpriseSelect(props: EnterpriseSelectProps) {
  const { id, value, onChange, current, excludeId, placeholder, style, onSearchText, footer } = props;
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(EnterpriseOptionsDocument, {
    variables: { search: search || undefined },
  });
  const found: EnterpriseOption[] = (data?.enterprises.edges ?? []).map(({ node }) => node);
  if (current && !found.some((e) => e.id === current.id)) found.unshift(current);
  const enterprises = found.filter((e) => e.id !== excludeId);

  return (
    <Select<string>
      id={id}
      aria-label={props['aria-label']}
      style={style}
      value={value}
      allowClear
      loading={loading}
      placeholder={placeholder}
      onChange={(next) =>
        onChange?.(
          next || undefined,
          enterprises.find((e) => e.id === next),
        )
      }
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          setSearch(text.trim());
          onSearchText?.(text.trim());
        },
      }}
      options={enterprises.map((e) => ({
        value: e.id,
        label: e.creditCode ? `${e.name}（${e.creditCode}）` : e.name,
      }))}
      popupRender={(menu) => (
        <>
          {menu}
          {footer}
        </>
      )}
    />
  );
}
