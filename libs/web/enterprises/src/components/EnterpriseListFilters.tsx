import { ReloadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useI18n, useReferenceOptions } from '@lianzhao/web-ui';

export interface EnterpriseListFiltersProps {
  search: string | undefined;
  industry: string | undefined;
  onChange: (patch: { q?: string; industry?: string }) => void;
  onReset: () => void;
  onRefresh: () => void;
}

/** Search box and industry filter of 企业库; the page keeps both in the URL. */
export function EnterpriseListFilters({
  search,
  industry,
  onChange,
  onReset,
  onRefresh,
}: EnterpriseListFiltersProps) {
  const { t, pick } = useI18n();
  const { industries } = useReferenceOptions();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        key={search ?? ''}
        defaultValue={search}
        placeholder={t('enterprises.search')}
        aria-label={t('common.search')}
        allowClear
        enterButton
        maxLength={50}
        style={{ width: 320 }}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
      />
      <Select<string>
        aria-label={t('enterprises.industry')}
        style={{ width: 180 }}
        value={industry ?? ''}
        onChange={(value) => onChange({ industry: value || undefined })}
        options={[
          { value: '', label: t('enterprises.allIndustries') },
          ...industries.map((i) => ({ value: i.code, label: pick(i) })),
        ]}
      />
      <Button onClick={onReset}>{t('common.resetFilters')}</Button>
      <Button icon={<ReloadOutlined />} onClick={onRefresh}>
        {t('common.refresh')}
      </Button>
    </Space>
  );
}
