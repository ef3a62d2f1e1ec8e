import { useCallback, useState, type ReactNode } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { checkMove, LEAD_STAGE_LABELS, STAGES_NEEDING_REASON, type LeadStage } from '@lianzhao/domain';
import { evictEntityFields, evictRootFields, MoveLeadDocument } from '@lianzhao/web-data';
import { useErrorMessage, useI18n } from '@lianzhao/web-ui';
import { MoveReasonModal } from '../components/MoveReasonModal';

export interface MovableLead {
  id: string;
  projectName: string;
  stage: LeadStage;
  version: number;
}

export interface MoveOptions {
  /** Ask for confirmation (and an optional reason) even where no reason is required. */
  confirm?: boolean;
}

export interface LeadMover {
  /** Starts a move: refused at once if the pipeline forbids it, else asked about or sent. */
  request: (lead: MovableLead, to: LeadStage, options?: MoveOptions) => void;
  /** The id of the lead being moved, for a busy indicator. */
  movingId: string | null;
  /** The reason dialog, to be rendered by the caller. */
  modal: ReactNode;
}

/**
 * Stage moves from the board and the lead page alike. The card or tag stays where it is until the
 * server confirms; a refusal — the pipeline's rule, or another user's newer edit — is shown as
 * the server words it, and the lists are reloaded after a move so the column sums follow.
 */
export function useLeadMover(): LeadMover {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const toMessage = useErrorMessage();
  const client = useApolloClient();
  const [moveLead, { loading }] = useMutation(MoveLeadDocument);
  const [movingId, setMovingId] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ lead: MovableLead; to: LeadStage } | null>(null);

  const send = useCallback(
    async (lead: MovableLead, to: LeadStage, reason: string | null) => {
      setMovingId(lead.id);
      try {
        await moveLead({ variables: { input: { id: lead.id, stage: to, version: lead.version, reason } } });
        // Only now, after the card has been shown in its new column: dropping the lists earlier
        // would briefly show the board as it was before the move while the lists reload.
        evictRootFields(client.cache, 'leads');
        evictEntityFields(client.cache, 'Lead', lead.id, 'stageChanges', 'auditTrail');
        void message.success(
          t('leads.moved', { name: lead.projectName, stage: label(LEAD_STAGE_LABELS[to]) }),
        );
      } finally {
        setMovingId(null);
      }
    },
    [client, label, message, moveLead, t],
  );

  const request = useCallback(
    (lead: MovableLead, to: LeadStage, options: MoveOptions = {}) => {
      if (lead.stage === to) return;
      const check = checkMove(lead.stage, to, 'reason given later');
      if (!check.ok) {
        void message.error(
          label({
            zh: check.message,
            en: t('leads.moveRefused', {
              from: label(LEAD_STAGE_LABELS[lead.stage]),
              to: label(LEAD_STAGE_LABELS[to]),
            }),
          }),
        );
        return;
      }
      if (options.confirm || STAGES_NEEDING_REASON.includes(to)) {
        setAsking({ lead, to });
        return;
      }
      send(lead, to, null).catch((error: unknown) => void message.error(toMessage(error)));
    },
    [label, message, send, t, toMessage],
  );

  const modal = asking && (
    <MoveReasonModal
      projectName={asking.lead.projectName}
      from={asking.lead.stage}
      to={asking.to}
      loading={loading}
      onCancel={() => setAsking(null)}
      onSubmit={async (reason) => {
        await send(asking.lead, asking.to, reason);
        setAsking(null);
      }}
    />
  );

  return { request, movingId, modal };
}
