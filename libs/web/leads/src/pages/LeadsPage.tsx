import { useState } from 'react';
import { HistoryOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { LeadFilter } from '@lianzhao/web-data';
import { DrillBanner, FilterBar, SavedViewsMenu, useDrill, useI18n, useListView } from '@lianzhao/web-ui';
import { ExportLeadsButton } from '../components/ExportLeadsButton';
import { FollowUpsDuePanel } from '../components/FollowUpsDuePanel';
import { LeadBoard } from '../components/LeadBoard';
import { ImportHistoryDrawer } from '../components/ImportHistoryDrawer';
import { ImportLeadsWizard } from '../components/ImportLeadsWizard';
import { LeadFormModal } from '../components/LeadFormModal';
import { LeadTable } from '../components/LeadTable';
import { useLeadFilters } from '../hooks/useLeadFilters';
import { LEAD_FILTER_FIELDS, type LeadView } from '../utils/lead-filters';

export interface LeadsPageProps {
  /** 区领导 read the pipeline: no create, move or import controls, no personal to-do list. */
  readOnly?: boolean;
}

/** 线索管道: the board (or table) of leads under one set of URL filters, with the officer's to-dos. */
export function LeadsPage({ readOnly = false }: LeadsPageProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const filters = useLeadFilters();
  // From the cockpit: its figure's filter, exactly, in the table (the board splits by stage).
  const drill = useDrill<LeadFilter>();
  const filter = drill.filter ?? filters.filter;
  const [dialog, setDialog] = useState<'create' | 'import' | 'imports' | null>(null);
  const view = useListView('leads');

  return (
    <Flex vertical gap={16}>
      {!readOnly && <FollowUpsDuePanel />}
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('leads.title')}
          </Typography.Title>
        }
        extra={
          <Space wrap>
            {!drill.filter && (
              <Segmented<LeadView>
                aria-label={t('leads.view')}
                value={filters.view}
                onChange={filters.setView}
                options={[
                  { value: 'board', label: t('leads.viewBoard') },
                  { value: 'table', label: t('leads.viewTable') },
                ]}
              />
            )}
            {/* In the table the views sit on its toolbar, beside the columns they also keep. */}
            {filters.view === 'board' && !drill.filter && <SavedViewsMenu view={view} />}
            <ExportLeadsButton filter={filter} orderBy={filters.orderBy} />
            {!readOnly && (
              <>
                <Button icon={<UploadOutlined />} onClick={() => setDialog('import')}>
                  {t('leads.import')}
                </Button>
                <Button icon={<HistoryOutlined />} onClick={() => setDialog('imports')}>
                  {t('import.history')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
                  {t('leads.create')}
                </Button>
              </>
            )}
          </Space>
        }
      >
        {!drill.filter && (
          <FilterBar
            fields={LEAD_FILTER_FIELDS}
            state={filters.state}
            onChange={filters.update}
            onReset={filters.reset}
          />
        )}
        {filters.view === 'board' && !drill.filter ? (
          <LeadBoard
            filter={filters.filter}
            orderBy={filters.orderBy}
            readOnly={readOnly}
            onShowAll={(stage) => filters.update({ view: 'table', stage })}
          />
        ) : (
          <LeadTable
            filter={filter}
            orderBy={filters.orderBy}
            onOrderBy={filters.setOrderBy}
            filtered={filters.filtered || drill.filter !== null}
            header={drill.filter ? (total) => <DrillBanner total={total} onClose={drill.clear} /> : undefined}
            view={view}
            selectable={!readOnly}
          />
        )}
      </Card>
      {dialog === 'create' && (
        <LeadFormModal
          lead={null}
          onClose={() => setDialog(null)}
          onCreated={(lead) => navigate(`/leads/${lead.id}`)}
        />
      )}
      {dialog === 'import' && <ImportLeadsWizard onClose={() => setDialog(null)} />}
      {dialog === 'imports' && <ImportHistoryDrawer onClose={() => setDialog(null)} />}
    </Flex>
  );
}
