import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { FilterBar, useI18n, useListFilters } from '@lianzhao/web-ui';
import { ExportFundsButton } from '../components/ExportFundsButton';
import { FundManagerSelect } from '../components/FundManagerSelect';
import { FundFormModal } from '../components/FundFormModal';
import { FundTable } from '../components/FundTable';
import { FundTotalsStrip } from '../components/FundTotalsStrip';
import { FUND_FILTER_FIELDS, FUND_LIST } from '../utils/fund-filters';

export interface FundsPageProps {
  /** 区领导 read the funds without creating or editing one. */
  readOnly?: boolean;
}

/** 基金: the district's totals, then the funds under URL filters with their 返投 progress. */
export function FundsPage({ readOnly = false }: FundsPageProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const filters = useListFilters(FUND_LIST);
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap={16}>
      <FundTotalsStrip />
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('funds.title')}
          </Typography.Title>
        }
        extra={
          <Space wrap>
            <ExportFundsButton filter={filters.filter} orderBy={filters.orderBy} />
            {!readOnly && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('funds.create')}
              </Button>
            )}
          </Space>
        }
      >
        <FilterBar
          fields={FUND_FILTER_FIELDS}
          state={filters.state}
          onChange={filters.update}
          onReset={filters.reset}
          controls={
            <FundManagerSelect
              aria-label={t('funds.manager')}
              placeholder={t('funds.allManagers')}
              style={{ width: 240 }}
              value={filters.state.manager}
              onChange={(manager) => filters.update({ manager })}
            />
          }
        />
        <FundTable
          filter={filters.filter}
          orderBy={filters.orderBy}
          onOrderBy={filters.setOrderBy}
          filtered={filters.filtered}
        />
      </Card>
      {creating && (
        <FundFormModal
          fund={null}
          editRule
          onClose={() => setCreating(false)}
          onSaved={(fund) => navigate(`/funds/${fund.id}`)}
        />
      )}
    </Flex>
  );
}
