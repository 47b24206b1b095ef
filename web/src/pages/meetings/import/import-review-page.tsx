import { Alert, Badge, Button, Grid, Group, Paper, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../../i18n/format';
import { ATTENDEE_ROLE, SPEECH_KIND } from '../../../i18n/labels';
import { PageTitle } from '../../../ui/page-title';
import { ProblemAlert } from '../../../ui/problem-alert';
import { QueryState } from '../../../ui/query-state';
import { MEETINGS_KEY } from '../meeting-queries';
import { confirmDraft, discardDraft, getDraft, importKey, saveDraft, toEdit, type ImportDraft } from './import-api';
import { OrganizationPicker, PersonPicker } from './reference-picker';

/** Below this the reader was guessing: the item is flagged for a second look. */
const LOW_CONFIDENCE = 0.6;

type Span = { start: number; end: number } | null;

export function ImportReviewPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: importKey(id), queryFn: () => getDraft(id) });
  return (
    <>
      <PageTitle>Kiểm tra bản nháp cuộc họp</PageTitle>
      <QueryState query={query}>{(draft) => <Review key={draft.version} initial={draft} />}</QueryState>
    </>
  );
}

function Review({ initial }: { initial: ImportDraft }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [focused, setFocused] = useState<Span>(null);
  const editable = draft.status === 'draft';
  const changed = draft !== initial;

  const save = useMutation({
    mutationFn: () => saveDraft(initial, toEdit(draft)),
    onSuccess: (saved) => queryClient.setQueryData(importKey(saved.id), saved),
  });
  const confirm = useMutation({
    mutationFn: async () => confirmDraft(changed ? await saveDraft(initial, toEdit(draft)) : initial),
    onSuccess: (confirmed) => {
      void queryClient.invalidateQueries({ queryKey: MEETINGS_KEY });
      void navigate(`/cuoc-hop/${confirmed.meetingId}`);
    },
  });
  const discard = useMutation({
    mutationFn: () => discardDraft(initial),
    onSuccess: (saved) => queryClient.setQueryData(importKey(saved.id), saved),
  });

  const item = (span: Span, confidence: number, children: ReactNode) => (
    <Paper withBorder p="sm" onFocusCapture={() => setFocused(span)} onMouseEnter={() => setFocused(span)}>
      {confidence < LOW_CONFIDENCE && (
        <Badge color="yellow" mb="xs">
          Cần kiểm tra
        </Badge>
      )}
      {children}
    </Paper>
  );

  return (
    <Stack>
      {draft.status !== 'draft' && (
        <Alert color={draft.status === 'confirmed' ? 'green' : 'gray'}>
          {draft.status === 'confirmed' ? 'Bản nháp đã được ghi nhận thành cuộc họp.' : 'Bản nháp đã bị bỏ.'}
        </Alert>
      )}
      {draft.warnings.map((warning, index) => (
        <Alert key={index} color="yellow" title="Lưu ý">
          {warning.message}
        </Alert>
      ))}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Title order={2} size="h4" mb="xs">
            Văn bản gốc
          </Title>
          <ScrollArea.Autosize mah="75vh">
            <Paper withBorder p="sm">
              <SourceText text={draft.text} span={focused} />
            </Paper>
          </ScrollArea.Autosize>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Title order={2} size="h4">
              Cuộc họp
            </Title>
            {item(
              draft.meeting.titleSpan,
              1,
              <TextInput
                label="Tên cuộc họp"
                value={draft.meeting.title ?? ''}
                readOnly={!editable}
                error={draft.meeting.title ? undefined : 'Cần có tên cuộc họp'}
                onChange={(event) => setDraft({ ...draft, meeting: { ...draft.meeting, title: event.currentTarget.value || null } })}
              />,
            )}
            {item(
              draft.meeting.startsAtSpan,
              draft.meeting.startsAtConfidence,
              <Text size="sm">
                Thời gian:{' '}
                {draft.meeting.startsAt ? (
                  formatDateTime(draft.meeting.startsAt)
                ) : (
                  <Text span c="red">
                    chưa đọc được ngày họp
                  </Text>
                )}
                {draft.meeting.location ? ` · ${draft.meeting.location}` : ''}
              </Text>,
            )}
            {draft.meeting.organizer &&
              item(
                draft.meeting.organizer.span,
                1,
                <OrganizationPicker
                  label="Cơ quan tổ chức"
                  value={draft.meeting.organizer}
                  onChange={(organizer) => setDraft({ ...draft, meeting: { ...draft.meeting, organizer } })}
                />,
              )}
            <Title order={2} size="h4">
              Thành phần dự họp ({draft.attendees.length})
            </Title>
            {draft.attendees.map((attendee, index) =>
              item(
                attendee.span,
                attendee.confidence,
                <Group key={attendee.key} align="end" wrap="nowrap">
                  <PersonPicker
                    label={`${ATTENDEE_ROLE[attendee.role]}: ${attendee.person.mention?.fullName ?? attendee.person.mention?.position ?? ''}`}
                    value={attendee.person}
                    onChange={(person) =>
                      setDraft({ ...draft, attendees: draft.attendees.map((a, i) => (i === index ? { ...a, person, confidence: 1 } : a)) })
                    }
                  />
                  {editable && (
                    <Button
                      variant="subtle"
                      color="red"
                      onClick={() => setDraft({ ...draft, attendees: draft.attendees.filter((_, i) => i !== index) })}
                    >
                      Bỏ
                    </Button>
                  )}
                </Group>,
              ),
            )}
            <Title order={2} size="h4">
              Phát biểu ({draft.speeches.length})
            </Title>
            {draft.speeches.map((speech, index) =>
              item(
                speech.span,
                speech.confidence,
                <Stack key={speech.key} gap={4}>
                  <PersonPicker
                    label={`Phát biểu ${index + 1} (${SPEECH_KIND[speech.kind]})`}
                    value={speech.speaker}
                    onChange={(speaker) =>
                      setDraft({ ...draft, speeches: draft.speeches.map((s, i) => (i === index ? { ...s, speaker, confidence: 1 } : s)) })
                    }
                  />
                  <Text size="sm" lineClamp={3}>
                    {speech.text}
                  </Text>
                </Stack>,
              ),
            )}
            <Title order={2} size="h4">
              Kết luận, nhiệm vụ ({draft.directives.length})
            </Title>
            {draft.directives.map((directive, index) =>
              item(
                directive.span,
                directive.confidence,
                <Stack key={directive.key} gap={4}>
                  <TextInput
                    label={`Nhiệm vụ ${index + 1}`}
                    value={directive.title}
                    readOnly={!editable}
                    onChange={(event) => {
                      const title = event.currentTarget.value;
                      setDraft({ ...draft, directives: draft.directives.map((d, i) => (i === index ? { ...d, title } : d)) });
                    }}
                  />
                  <OrganizationPicker
                    label={`Cơ quan chủ trì nhiệm vụ ${index + 1}`}
                    value={directive.lead}
                    onChange={(lead) =>
                      setDraft({ ...draft, directives: draft.directives.map((d, i) => (i === index ? { ...d, lead, confidence: 1 } : d)) })
                    }
                  />
                  <Text size="sm" c="dimmed">
                    Thời hạn: {directive.dueDate ? directive.dueDate.split('-').reverse().join('/') : 'không có'}
                    {directive.dueText ? ` (“${directive.dueText}”)` : ''}
                  </Text>
                </Stack>,
              ),
            )}
            {[save.error, confirm.error, discard.error].map((error, index) => error && <ProblemAlert key={index} error={error} />)}
            {editable && (
              <Group>
                <Button variant="default" disabled={!changed} loading={save.isPending} onClick={() => save.mutate()}>
                  Lưu bản nháp
                </Button>
                <Button loading={confirm.isPending} onClick={() => confirm.mutate()}>
                  Xác nhận ghi nhận cuộc họp
                </Button>
                <Button variant="subtle" color="red" loading={discard.isPending} onClick={() => discard.mutate()}>
                  Bỏ bản nháp
                </Button>
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** The source text, with the span of the focused item marked. */
function SourceText({ text, span }: { text: string; span: Span }) {
  const style = { whiteSpace: 'pre-wrap' as const, fontSize: 14, lineHeight: 1.6 };
  if (!span) return <div style={style}>{text}</div>;
  return (
    <div style={style}>
      {text.slice(0, span.start)}
      <mark data-testid="source-highlight">{text.slice(span.start, span.end)}</mark>
      {text.slice(span.end)}
    </div>
  );
}
