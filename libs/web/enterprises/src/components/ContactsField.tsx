import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useFormRules, useT } from '@lianzhao/web-ui';

/** The enterprise's contacts as an editable list; the API replaces the whole list on save. */
export function ContactsField() {
  const t = useT();
  const rules = useFormRules();
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          <Typography.Text strong>{t('enterprises.contacts')}</Typography.Text>
          {fields.map(({ key, name }) => (
            <Flex key={key} gap={8} align="start" wrap data-testid="contact-row">
              <Form.Item
                name={[name, 'name']}
                rules={[rules.required(t('enterprises.contactName'))]}
                style={{ flex: '1 1 120px', marginBottom: 0 }}
              >
                <Input
                  placeholder={t('enterprises.contactName')}
                  aria-label={t('enterprises.contactName')}
                  maxLength={64}
                />
              </Form.Item>
              <Form.Item name={[name, 'title']} style={{ flex: '1 1 100px', marginBottom: 0 }}>
                <Input
                  placeholder={t('enterprises.contactTitle')}
                  aria-label={t('enterprises.contactTitle')}
                  maxLength={64}
                />
              </Form.Item>
              <Form.Item
                name={[name, 'phone']}
                rules={[rules.phone]}
                style={{ flex: '1 1 140px', marginBottom: 0 }}
              >
                <Input
                  placeholder={t('enterprises.contactPhone')}
                  aria-label={t('enterprises.contactPhone')}
                />
              </Form.Item>
              <Form.Item
                name={[name, 'email']}
                rules={[rules.email]}
                style={{ flex: '1 1 160px', marginBottom: 0 }}
              >
                <Input
                  placeholder={t('enterprises.contactEmail')}
                  aria-label={t('enterprises.contactEmail')}
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('enterprises.removeContact')}
                title={t('enterprises.removeContact')}
                onClick={() => remove(name)}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('enterprises.addContact')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
