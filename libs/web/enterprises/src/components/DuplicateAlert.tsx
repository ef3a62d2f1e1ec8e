import { Alert } from 'antd';
import { Link } from 'react-router';
import { useT } from '@lianzhao/web-ui';

export interface Duplicate {
  id: string;
  name: string;
}

/** The register already holds this company: name it and link to it instead of creating a twin. */
export function DuplicateAlert({ duplicate }: { duplicate: Duplicate }) {
  const t = useT();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('enterprises.duplicate', { name: duplicate.name })}
      description={<Link to={`/enterprises/${duplicate.id}`}>{t('enterprises.openExisting')}</Link>}
    />
  );
}
