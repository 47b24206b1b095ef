import { Alert, Anchor, Button, Grid, Group, Paper, ScrollArea, Stack, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ProblemError } from '../../../api/problem';
import { fieldMessage } from '../../../i18n/problems';
import { PageTitle } from '../../../ui/page-title';
import { ProblemAlert } from '../../../ui/problem-alert';
import { QueryState } from '../../../ui/query-state';
import { changedFields, VersionConflict, type ChangedField } from '../../../ui/version-conflict';
import { MEETINGS_KEY } from '../meeting-queries';
import { DiscardDraftDialog } from './discard-draft-dialog';
import { confirmDraft, getDraft, importKey, IMPORTS_KEY, saveDraft, toEdit, type ImportDraft } from './import-api';
import { DirectivesSection } from './review-directives';
import { MeetingFields } from './review-meeting';
import {
  errorsByKey,
  errorsStillStanding,
  fieldId,
  openWarnings,
  unresolvedMessage,
  warningsByItem,
  type FieldErrors,
  type Span,
} from './review-model';
import { AttendeesSection, SpeechesSection } from './review-people';
import { WarningsSummary } from './warnings-summary';

export function ImportReviewPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: importKey(id), queryFn: () => getDraft(id) });
  return (
    <>
      <PageTitle>Kiểm tra bản nháp cuộc họp</PageTitle>
      {/* Keyed by the draft, not its version: a save must not remount the page and drop what is typed. */}
      <QueryState query={query}>{(draft) => <Review key={draft.id} initial={draft} />}</QueryState>
    </>
  );
}

const CONFLICT_FIELDS = [
  { label: 'Tên cuộc họp', value: (d: ImportDraft) => d.meeting.title ?? '' },
  { label: 'Ngày họp', value: (d: ImportDraft) => d.meeting.startsAt ?? '' },
  { label: 'Số người dự', value: (d: ImportDraft) => String(d.attendees.length) },
  { label: 'Số phát biểu', value: (d: ImportDraft) => String(d.speeches.length) },
  { label: 'Nhiệm vụ', value: (d: ImportDraft) => d.directives.map((x) => x.title).join('; ') },
];

function Review({ initial }: { initial: ImportDraft }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  /** The draft as the server last gave it: its version is what the next write names. */
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [focused, setFocused] = useState<Span>(null);
  const [errors, setErrors] = useState<{ byKey: FieldErrors; first: string | null }>({ byKey: {}, first: null });
  const [conflict, setConflict] = useState<{ latest: ImportDraft; changes: ChangedField[] } | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const editable = base.status === 'draft';
  const changed = draft !== base;
  const open = useMemo(() => openWarnings(draft, base), [draft, base]);
  const duplicates = open.filter((w) => w.code === 'possible_duplicate');
  const warnings = useMemo(() => warningsByItem(draft, open), [draft, open]);
  /** An edit: a field the last refusal marked red loses its mark as soon as it is changed. */
  const edit = (next: ImportDraft) => {
    setErrors((current) => {
      const byKey = errorsStillStanding(current.byKey, draft, next);
      return Object.keys(byKey).length === Object.keys(current.byKey).length ? current : { byKey, first: null };
    });
    setDraft(next);
  };

  // After a refusal the page goes to the first field it names, as a form does.
  useEffect(() => {
    if (!errors.first) return;
    const field = document.getElementById(fieldId(errors.first));
    field?.scrollIntoView({ block: 'center' });
    field?.focus({ preventScroll: true });
  }, [errors]);

  const stored = (saved: ImportDraft) => {
    setBase(saved);
    setDraft(saved);
    queryClient.setQueryData(importKey(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: IMPORTS_KEY, exact: true });
  };

  /** A refusal: a 412 opens the conflict notice, field errors go beside their fields (by item, not position). */
  const refused = async (error: Error, against: ImportDraft) => {
    if (error instanceof ProblemError && error.status === 412) {
      const latest = await getDraft(base.id);
      setConflict({ latest, changes: changedFields(base, latest, CONFLICT_FIELDS) });
      return;
    }
    if (!(error instanceof ProblemError) || !error.problem.errors?.length) return;
    const say = error.code === 'import_unresolved' ? unresolvedMessage : fieldMessage;
    const byKey = errorsByKey(against, error.problem.errors, say);
    setErrors({ byKey, first: Object.keys(byKey)[0] ?? null });
  };

  const save = useMutation({
    mutationFn: (sent: ImportDraft) => saveDraft(base, toEdit(sent)),
    onMutate: () => setErrors({ byKey: {}, first: null }),
    onSuccess: stored,
    onError: (error, sent) => refused(error, sent),
  });
  const confirm = useMutation({
    mutationFn: async (sent: ImportDraft) => {
      const current = sent !== base ? await saveDraft(base, toEdit(sent)) : base;
      if (current !== base) stored(current);
      try {
        return await confirmDraft(current);
      } catch (error) {
        throw Object.assign(error as Error, { against: current });
      }
    },
    onMutate: () => setErrors({ byKey: {}, first: null }),
    onSuccess: (confirmed) => {
      queryClient.setQueryData(importKey(confirmed.id), confirmed);
      void queryClient.invalidateQueries({ queryKey: MEETINGS_KEY });
      void queryClient.invalidateQueries({ queryKey: IMPORTS_KEY, exact: true });
      void navigate(`/cuoc-hop/${confirmed.meetingId}`);
    },
    onError: (error, sent) => refused(error, (error as { against?: ImportDraft }).against ?? sent),
  });

  const takeLatest = (keepMine: boolean) => {
    if (!conflict) return;
    setBase(conflict.latest);
    if (!keepMine) setDraft(conflict.latest);
    queryClient.setQueryData(importKey(conflict.latest.id), conflict.latest);
    setConflict(null);
    save.reset();
    confirm.reset();
  };

  // A field error is shown beside its field; a 412 by the conflict notice: neither again at the bottom.
  const shown = (error: Error | null) =>
    error instanceof ProblemError && (error.status === 412 || (error.problem.errors?.length ?? 0) > 0) ? null : error;
  const sections = { draft, setDraft: edit, editable, errors: errors.byKey, warnings, onFocusSpan: setFocused };

  return (
    <Stack gap="sm">
      {base.status === 'confirmed' && (
        <Alert color="green">
          Bản nháp đã được ghi nhận thành cuộc họp.{' '}
          {base.meetingId && (
            <Anchor component={Link} to={`/cuoc-hop/${base.meetingId}`}>
              Mở cuộc họp
            </Anchor>
          )}
        </Alert>
      )}
      {base.status === 'discarded' && <Alert color="gray">Bản nháp đã bị bỏ.</Alert>}
      {editable &&
        duplicates.map((warning) => (
          <Alert key={warning.meetingId} color="yellow" role="status" p="xs" title="Có thể đã ghi nhận cuộc họp này">
            {warning.message}{' '}
            {warning.meetingId && (
              <Anchor component={Link} to={`/cuoc-hop/${warning.meetingId}`} target="_blank">
                Mở cuộc họp đã ghi nhận
              </Anchor>
            )}
          </Alert>
        ))}
      {editable && <WarningsSummary warnings={open.filter((w) => w.code !== 'possible_duplicate')} onShow={setFocused} />}
      {conflict && (
        <VersionConflict changes={conflict.changes} onKeepMine={() => takeLatest(true)} onDiscardMine={() => takeLatest(false)} />
      )}
      {Object.keys(errors.byKey).length > 0 && (
        <Alert color="red" role="alert" p="xs" title="Chưa ghi nhận được: còn mục chưa hoàn thiện">
          Các ô cần sửa được đánh dấu đỏ bên dưới.
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Title order={2} size="h4" mb="xs">
            Văn bản gốc
          </Title>
          <ScrollArea.Autosize
            mah="calc(100vh - 180px)"
            style={{ position: 'sticky', top: 70 }}
            // Scrolled with the keyboard too: the text is long and is what the draft is checked against.
            viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': 'Văn bản gốc' }}
          >
            <Paper withBorder p="sm">
              <SourceText text={draft.text} span={focused} />
            </Paper>
          </ScrollArea.Autosize>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              Cuộc họp
            </Title>
            <MeetingFields {...sections} />
            <AttendeesSection {...sections} />
            <SpeechesSection {...sections} />
            <DirectivesSection {...sections} />
            <ProblemAlert error={shown(save.error) ?? shown(confirm.error)} />
            {editable && (
              <Group
                p="sm"
                style={{
                  position: 'sticky',
                  bottom: 0,
                  background: 'var(--mantine-color-body)',
                  borderTop: '1px solid var(--mantine-color-gray-3)',
                }}
              >
                <Button
                  variant="default"
                  disabled={!changed || conflict !== null}
                  loading={save.isPending}
                  onClick={() => save.mutate(draft)}
                >
                  Lưu bản nháp
                </Button>
                <Button loading={confirm.isPending} disabled={conflict !== null} onClick={() => confirm.mutate(draft)}>
                  Xác nhận ghi nhận cuộc họp
                </Button>
                <Button variant="subtle" color="red" onClick={() => setDiscarding(true)}>
                  Bỏ bản nháp
                </Button>
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {discarding && (
        <DiscardDraftDialog
          draft={{ id: base.id, version: base.version, title: base.meeting.title }}
          onClose={() => setDiscarding(false)}
          onDiscarded={stored}
        />
      )}
    </Stack>
  );
}

/** The source text, with the span of the focused item marked and brought into view. */
function SourceText({ text, span }: { text: string; span: Span }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'nearest' });
  }, [span]);
  const style = { whiteSpace: 'pre-wrap' as const, fontSize: 14, lineHeight: 1.6 };
  if (!span) return <div style={style}>{text}</div>;
  return (
    <div style={style}>
      {text.slice(0, span.start)}
      <mark ref={mark} data-testid="source-highlight">
        {text.slice(span.start, span.end)}
      </mark>
      {text.slice(span.end)}
    </div>
  );
}
