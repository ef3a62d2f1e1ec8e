import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { ReferralAttachmentDocument, type ReferralFactsFragment } from '@lianzhao/web-data';
import { downloadBase64, useErrorMessage, useI18n } from '@lianzhao/web-ui';
import { fileSizeText } from '../utils/attachments';

type Attachment = ReferralFactsFragment['attachments'][number];

/** A referral's attachments; each downloads on click (the content is fetched only then). */
export function ReferralAttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const toMessage = useErrorMessage();
  const { message } = App.useApp();
  const [loading, setLoading] = useState<string | null>(null);

  if (attachments.length === 0) return <>{t('referrals.attachmentsNone')}</>;

  const download = async (attachment: Attachment) => {
    setLoading(attachment.id);
    try {
      // Not cached: a file's content would otherwise stay in the Apollo cache for the session.
      const { data } = await client.query({
        query: ReferralAttachmentDocument,
        variables: { id: attachment.id },
        fetchPolicy: 'no-cache',
      });
      const file = data?.referralAttachment;
      if (file) downloadBase64(file.fileName, file.contentBase64, file.mimeType);
    } catch (error) {
      void message.error(toMessage(error));
    } finally {
      setLoading(null);
    }
  };

  return (
    <Flex vertical gap={2} data-testid="referral-attachments">
      {attachments.map((a) => (
        <Flex key={a.id} gap={8} align="center">
          <Button
            type="link"
            size="small"
            icon={<PaperClipOutlined />}
            loading={loading === a.id}
            aria-label={t('referrals.attachmentDownload', { name: a.fileName })}
            onClick={() => void download(a)}
            style={{ paddingInline: 0 }}
          >
            {a.fileName}
          </Button>
          <Typography.Text type="secondary">{fileSizeText(a.sizeBytes)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
