import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { SIGN_IN_RESULT_LABELS, type SignInResult } from '@lianzhao/domain';
import {
  ExportSignInEventsDocument,
  SignInEventsDocument,
  type ExportSignInEventsQuery,
  type SignInEventFilter,
  type SignInEventRowFragment,
} from '@lianzhao/web-data';
import {
  FilteredConnectionTable,
  useExcelDownload,
  useFilteredConnection,
  useI18n,
  type ConnectionColumn,
} from '@lianzhao/web-ui';
import { SIGN_IN_FILTER_FIELDS, SIGN_IN_URL_KEYS } from '../utils/admin-filters';

const RESULT_COLORS: Record<SignInResult, string> = {
  SUCCESS: 'green',
  WRONG_CREDENTIALS: 'orange',
  INACTIVE: 'default',
  THROTTLED: 'red',
  BUSY: 'red',
};

const pickFile = (data: ExportSignInEventsQuery) => data.signInEventsExport;

function ExportSignInEventsButton({ filter }: { filter: SignInEventFilter }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { download, loading } = useExcelDownload(ExportSignInEventsDocument, pickFile);
  const onClick = async () => {
    const file = await download({ filter });
    if (file) void message.success(t('signIns.exported', { name: file.filename }));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={loading} onClick={() => void onClick()}>
      {t('signIns.export')}
    </Button>
  );
}

/** 登录记录: every sign-in attempt, successful or not, newest first; filters in the URL; export. */
export function SignInEventsPage() {
  const { t, label } = useI18n();
  const list = useFilteredConnection(SignInEventsDocument, {
    keys: SIGN_IN_URL_KEYS,
    fields: SIGN_IN_FILTER_FIELDS,
    select: (data) => data.signInEvents,
  });

  const columns: ConnectionColumn<SignInEventRowFragment>[] = [
    {
      title: t('signIns.time'),
      render: (_, event) => dayjs(event.createdAt).format('YYYY-MM-DD HH:mm:ss'),
    },
    { title: t('signIns.username'), dataIndex: 'username' },
    {
      title: t('signIns.result'),
      render: (_, event) => <Tag color={RESULT_COLORS[event.result]}>{label(SIGN_IN_RESULT_LABELS[event.result])}</Tag>,
    },
    { title: t('signIns.address'), dataIndex: 'address' },
    {
      title: t('signIns.userAgent'),
      render: (_, event) => (
        <Typography.Text type="secondary" ellipsis={{ tooltip: event.userAgent }} style={{ maxWidth: 360 }}>
          {event.userAgent ?? '—'}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('signIns.title')}
        </Typography.Title>
      }
      extra={<ExportSignInEventsButton filter={list.filter} />}
    >
      <FilteredConnectionTable list={list} fields={SIGN_IN_FILTER_FIELDS} columns={columns} />
    </Card>
  );
}
