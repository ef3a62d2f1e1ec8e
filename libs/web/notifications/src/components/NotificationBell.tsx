import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Drawer, Empty, Flex, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  NOTIFICATION_KIND_LABELS,
  recordPath,
  type NotificationKind,
  type RecordKind,
  type Role,
} from '@lianzhao/domain';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationsQuery,
} from '@lianzhao/web-data';
import { dateTimeText, useI18n, useShowError } from '@lianzhao/web-ui';
import { notificationText } from './notification-text';

/** How often the bell asks for the unread count. */
const POLL_MS = 60_000;
/** Notifications the drawer shows. */
const SHOWN = 50;

type Note = NotificationsQuery['notifications']['edges'][number]['node'];

export interface NotificationBellProps {
  role: Role;
}

/** The header's bell with the unread count, and the drawer listing the user's notifications. */
export function NotificationBell({ role }: NotificationBellProps) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const showError = useShowError();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const count = useQuery(UnreadNotificationCountDocument, { pollInterval: POLL_MS });
  const list = useQuery(NotificationsDocument, {
    variables: { first: SHOWN, filter: { unreadOnly } },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = [UnreadNotificationCountDocument];
  const [markRead] = useMutation(MarkNotificationReadDocument, { refetchQueries });
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadDocument, {
    refetchQueries: [UnreadNotificationCountDocument, NotificationsDocument],
  });
  const unread = count.data?.unreadNotificationCount ?? 0;
  const notes = list.data?.notifications.edges.map((e) => e.node) ?? [];

  const openNote = (note: Note) => {
    if (!note.readAt) void markRead({ variables: { input: { id: note.id } } }).catch(showError);
    setOpen(false);
    navigate(recordPath(note.recordKind as RecordKind, note.recordId, role));
  };

  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('notifications.open', { count: unread })}
          onClick={() => {
            setOpen(true);
            void count.refetch();
          }}
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('notifications.title')}
        extra={
          <Button
            size="small"
            disabled={!unread}
            loading={markingAll.loading}
            onClick={() => void markAll().catch(showError)}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      >
        <Flex vertical gap={12}>
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(value) => setUnreadOnly(value === 'unread')}
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unread') },
            ]}
          />
          {list.loading && !list.data ? (
            <Spin />
          ) : !notes.length ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(unreadOnly ? 'notifications.emptyUnread' : 'notifications.empty')}
            />
          ) : (
            notes.map((note) => (
              <div
                key={note.id}
                role="button"
                tabIndex={0}
                onClick={() => openNote(note)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') openNote(note);
                }}
                style={{ cursor: 'pointer', padding: '8px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
                data-testid="notification"
                data-unread={!note.readAt}
              >
                <Space align="start">
                  {note.readAt ? null : <Badge status="processing" />}
                  <Flex vertical gap={2}>
                    <Typography.Text strong={!note.readAt}>{notificationText(note, i18n)}</Typography.Text>
                    <Space size="small">
                      <Tag>{label(NOTIFICATION_KIND_LABELS[note.kind as NotificationKind])}</Tag>
                      <Typography.Text type="secondary">{dateTimeText(note.createdAt as string)}</Typography.Text>
                    </Space>
                  </Flex>
                </Space>
              </div>
            ))
          )}
        </Flex>
      </Drawer>
    </>
  );
}
