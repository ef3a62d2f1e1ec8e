import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { InvestmentProjectOptionsDocument } from '@lianzhao/web-data';

export interface TrackingProject {
  id: string;
  name: string;
  enterprise: { id: string; name: string };
}

export interface TrackingProjectSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  /** Reports the chosen project with its enterprise (rule 2 needs to know whose project it is). */
  onProject?: (project: TrackingProject | undefined) => void;
  /** Projects offered before any search (the company's own), and the one already recorded. */
  known?: readonly TrackingProject[];
  placeholder?: string;
  'aria-label'?: string;
}

/** The landing project that tracks an investment: the company's own, or a local subsidiary's, searched by name. */
export function TrackingProjectSelect(props: TrackingProjectSelectProps) {
  const { id, value, onChange, onProject, known = [], placeholder } = props;
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(InvestmentProjectOptionsDocument, {
    variables: { search: search || undefined },
    skip: !search,
  });
  const found = (data?.projects.edges ?? []).map(({ node }) => node);
  const projects = [...known, ...found.filter((p) => !known.some((k) => k.id === p.id))];
  return (
    <Select<string>
      id={id}
      aria-label={props['aria-label']}
      allowClear
      loading={loading}
      placeholder={placeholder}
      value={value ?? undefined}
      onChange={(next) => {
        onChange?.(next || undefined);
        onProject?.(projects.find((p) => p.id === next));
      }}
      showSearch={{ filterOption: false, onSearch: (text) => setSearch(text.trim()) }}
      options={projects.map((p) => ({ value: p.id, label: `${p.name}（${p.enterprise.name}）` }))}
    />
  );
}
