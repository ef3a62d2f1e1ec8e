import { Tag } from 'antd';
import type { FundStatus, InvestmentRecognition, InvestmentStage } from '@lianzhao/web-data';
import { useI18n } from '@lianzhao/web-ui';
import { FUND_STATUS_LABELS, INVESTMENT_RECOGNITION_LABELS, INVESTMENT_STAGE_LABELS } from '@lianzhao/domain';

const STATUS_COLORS: Readonly<Record<FundStatus, string>> = {
  RAISING: 'blue',
  INVESTING: 'green',
  EXITING: 'orange',
  LIQUIDATED: 'default',
};

export function FundStatusTag({ status }: { status: FundStatus }) {
  const { label } = useI18n();
  return <Tag color={STATUS_COLORS[status]}>{label(FUND_STATUS_LABELS[status])}</Tag>;
}

const STAGE_COLORS: Readonly<Record<InvestmentStage, string>> = {
  INTENDED: 'default',
  DECIDED: 'blue',
  PAID: 'green',
};

export function InvestmentStageTag({ stage }: { stage: InvestmentStage }) {
  const { label } = useI18n();
  return <Tag color={STAGE_COLORS[stage]}>{label(INVESTMENT_STAGE_LABELS[stage])}</Tag>;
}

const RECOGNITION_COLORS: Readonly<Record<InvestmentRecognition, string>> = {
  COUNTED: 'green',
  PENDING: 'orange',
  PIPELINE: 'blue',
  NOT_COUNTED: 'default',
};

/** Whether an investment counts toward 返投 today: counted, pending landing, pipeline or not counted. */
export function RecognitionTag({ recognition }: { recognition: InvestmentRecognition }) {
  const { label } = useI18n();
  return (
    <Tag color={RECOGNITION_COLORS[recognition]} data-testid="recognition" data-value={recognition}>
      {label(INVESTMENT_RECOGNITION_LABELS[recognition])}
    </Tag>
  );
}
