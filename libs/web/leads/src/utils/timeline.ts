import type { AuditEntryFieldsFragment, FollowUpFieldsFragment, LeadQuery } from '@lianzhao/web-data';

type StageChange = LeadQuery['lead']['stageChanges'][number];

export type TimelineEntry =
  | { kind: 'followUp'; id: string; at: string; who: string; followUp: FollowUpFieldsFragment }
  | { kind: 'stage'; id: string; at: string; who: string; change: StageChange }
  | { kind: 'audit'; id: string; at: string; who: string; entry: AuditEntryFieldsFragment };

/**
 * Audit entries that repeat what another entry already says: every move is also a stage change
 * (which carries the reason), and every follow-up also leaves a one-line `followUp` audit entry.
 */
function repeatsAnotherEntry(entry: AuditEntryFieldsFragment): boolean {
  if (entry.action === 'MOVE') return true;
  return entry.changes.length > 0 && entry.changes.every((c) => c.field === 'followUp');
}

/**
 * The lead's timeline, newest first: follow-ups, stage changes and other edits in one list. A
 * follow-up is placed when it was logged (that is when the record changed); its own date is shown
 * on the entry. The first stage change (none → 线索) is the creation, which the audit trail
 * already shows with the initial values.
 */
export function leadTimeline(lead: {
  followUps: readonly FollowUpFieldsFragment[];
  stageChanges: readonly StageChange[];
  auditTrail: readonly AuditEntryFieldsFragment[];
}): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...lead.followUps.map((f) => ({
      kind: 'followUp' as const,
      id: `f-${f.id}`,
      at: f.createdAt,
      who: f.authorName,
      followUp: f,
    })),
    ...lead.stageChanges
      .filter((c) => c.fromStage !== null)
      .map((c) => ({ kind: 'stage' as const, id: `s-${c.id}`, at: c.at, who: c.actorName, change: c })),
    ...lead.auditTrail
      .filter((e) => !repeatsAnotherEntry(e))
      .map((e) => ({ kind: 'audit' as const, id: `a-${e.id}`, at: e.at, who: e.actorName, entry: e })),
  ];
  // ISO timestamps from one server compare correctly as strings; ties keep the list order above.
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.at === b.entry.at ? a.index - b.index : a.entry.at < b.entry.at ? 1 : -1))
    .map(({ entry }) => entry);
}
