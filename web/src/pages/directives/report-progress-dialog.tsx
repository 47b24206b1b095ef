import { NumberInput, Slider, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../auth/session';
import { newIdempotencyKey } from '../../lib/idempotency';
import { ActionModal, fieldErrorsOf } from './action-modal';
import { useDirectiveChanged, type Directive } from './directive-queries';
import { reportsContribution } from './offered-actions';
import { EvidenceDropzone } from './evidence-dropzone';
import { useEvidenceUploads } from './use-evidence-uploads';

/**
 * The lead agency says how far the work is: a percent, what was done, and the
 * evidence. A cooperating agency reports its contribution, which moves no
 * percent (the API refuses one), so it is not asked for.
 */
export function ReportProgressDialog({ directive, onClose }: { directive: Directive; onClose(): void }) {
  const contribution = reportsContribution(directive, useMe().organizationId);
  const [percent, setPercent] = useState(directive.progressPercent ?? 0);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  // One key for this report: a retry after a lost answer records it once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const uploads = useEvidenceUploads();
  const changed = useDirectiveChanged(directive.id);
  const report = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/directives/{id}/progress-reports', {
          params: { path: { id: directive.id }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { ...(contribution ? {} : { percent }), note: note.trim(), attachmentIds: uploads.attachmentIds },
        }),
      ),
    onSuccess: async () => {
      onClose();
      await changed(contribution ? 'Đã gửi báo cáo phối hợp.' : `Đã gửi báo cáo tiến độ ${percent} %.`);
    },
  });
  const errors = fieldErrorsOf(report.error);

  const submit = () => {
    if (!note.trim()) return setMissing(true);
    report.mutate();
  };

  return (
    <ActionModal
      title={contribution ? 'Báo cáo phối hợp' : 'Báo cáo tiến độ'}
      submitLabel="Gửi báo cáo"
      onClose={onClose}
      onSubmit={submit}
      busy={report.isPending}
      error={report.error}
      submitDisabled={uploads.uploading}
    >
      {!contribution && (
        <PercentField percent={percent} onChange={setPercent} previous={directive.progressPercent} error={errors.percent} />
      )}
      <Textarea
        label="Nội dung báo cáo"
        description="Đã làm được gì, còn lại gì, vướng mắc gì."
        required
        autosize
        minRows={3}
        value={note}
        onChange={(event) => {
          setNote(event.currentTarget.value);
          setMissing(false);
        }}
        error={missing ? 'Bắt buộc nhập.' : errors.note}
      />
      <EvidenceDropzone uploads={uploads} />
    </ActionModal>
  );
}

function PercentField({
  percent,
  onChange,
  previous,
  error,
}: {
  percent: number;
  onChange(percent: number): void;
  previous: number | null;
  error: string | undefined;
}) {
  return (
    <Stack gap={6}>
      <NumberInput
        label="Tỷ lệ hoàn thành (%)"
        min={0}
        max={100}
        clampBehavior="strict"
        allowDecimal={false}
        value={percent}
        onChange={(value) => onChange(typeof value === 'number' ? value : Number(value) || 0)}
        error={error}
        w={180}
      />
      <Slider
        value={percent}
        onChange={onChange}
        min={0}
        max={100}
        step={5}
        thumbLabel="Tỷ lệ hoàn thành"
        label={(value) => `${value} %`}
        marks={[0, 25, 50, 75, 100].map((value) => ({ value, label: `${value}` }))}
        mb="lg"
      />
      {previous !== null && (
        <Text size="xs" c="dimmed">
          Lần báo cáo trước: {previous} %
        </Text>
      )}
    </Stack>
  );
}
