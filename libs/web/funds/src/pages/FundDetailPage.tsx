import { useState } from 'react';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { FundDocument, type InvestmentRowFragment } from '@lianzhao/web-data';
import { listHref, useErrorMessage, usePageTrail, useT } from '@lianzhao/web-ui';
import { ExportLedgerButton } from '../components/ExportLedgerButton';
import { FundFacts } from '../components/FundFacts';
import { FundFormModal } from '../components/FundFormModal';
import { InvestmentFormModal } from '../components/InvestmentFormModal';
import { LedgerTable } from '../components/LedgerTable';
import { PortfolioTable } from '../components/PortfolioTable';
import { ReinvestmentBar } from '../components/ReinvestmentBar';
import { RuleDescription } from '../components/RuleDescription';
import { RuleHistory } from '../components/RuleHistory';

export interface FundDetailPageProps {
  /** 区领导 read a fund without changing anything. */
  readOnly?: boolean;
  /** Only an administrator changes a fund's 返投 rule. */
  canEditRule?: boolean;
}

type Dialog =
  { kind: 'fund'; rule: boolean } | { kind: 'investment'; investment: InvestmentRowFragment | null };

/** One fund: key figures and 返投 progress, the rule with its history, the portfolio and the ledger. */
export function FundDetailPage({ readOnly = false, canEditRule = false }: FundDetailPageProps) {
  const t = useT();
  const toMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(FundDocument, {
    variables: { id },
    // 返投 figures are computed on read from other contexts' records (a milestone date, a referral):
    // the cached fund is shown at once and refreshed from the server on every visit.
    fetchPolicy: 'cache-and-network',
  });
  const fund = data?.fund;
  usePageTrail(fund ? [{ title: t('menu.funds'), to: listHref('/funds') }, { title: fund.name }] : null);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const back = (
    <Link to={listHref('/funds')}>
      <ArrowLeftOutlined /> {t('funds.back')}
    </Link>
  );
  if (error) return <Alert type="error" showIcon title={toMessage(error)} action={back} />;
  if (loading && !fund) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!fund) return null;

  return (
    <Flex vertical gap={16}>
      {back}
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {fund.name}
          </Typography.Title>
        }
        extra={
          !readOnly && (
            <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'fund', rule: canEditRule })}>
              {t('common.edit')}
            </Button>
          )
        }
      >
        <Flex vertical gap={16}>
          <ReinvestmentBar progress={fund.reinvestment} />
          <FundFacts fund={fund} />
        </Flex>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card
            title={t('funds.rule.title')}
            extra={
              !readOnly &&
              canEditRule && (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setDialog({ kind: 'fund', rule: true })}
                >
                  {t('funds.rule.edit')}
                </Button>
              )
            }
          >
            <RuleDescription rule={fund.rule} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('funds.rule.history')}>
            <RuleHistory changes={fund.ruleHistory} />
          </Card>
        </Col>
      </Row>
      <Card
        title={t('funds.portfolio')}
        extra={
          !readOnly && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'investment', investment: null })}
            >
              {t('funds.recordInvestment')}
            </Button>
          )
        }
      >
        <PortfolioTable
          investments={fund.investments}
          onEdit={readOnly ? undefined : (investment) => setDialog({ kind: 'investment', investment })}
        />
      </Card>
      <Card
        title={t('funds.ledger.title')}
        extra={
          <Space>
            <ExportLedgerButton fundId={fund.id} />
          </Space>
        }
      >
        <LedgerTable lines={fund.ledger} />
      </Card>
      {dialog?.kind === 'fund' && (
        <FundFormModal fund={fund} editRule={dialog.rule} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'investment' && (
        <InvestmentFormModal fund={fund} investment={dialog.investment} onClose={() => setDialog(null)} />
      )}
    </Flex>
  );
}
