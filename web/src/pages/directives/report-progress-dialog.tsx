import { NumberInput, Slider, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { newIdempotencyKey } from '../../lib/idempotency';
import { ActionModal, fieldErrorsOf } from './action-modal';
import type { Directive } from './directive-queries';
import { EvidenceDropzone } from './evidence-dropzone';
import { RequiredNote, useRequiredNote } from './required-note';
import { useDirectiveAction } from './use-directive-action';
import { useEvidenceUploads } from './use-evidence-uploads';

/** The agency says how far the work is: a percent, what was done, and the evidence. */
export function ReportProgressDialog({ directive, onClose }: { directive: Directive; onClose(): void }) {
  const [percent, setPercent] = useState(directive.progressPercent ?? 0);
  const note = useRequiredNote();
  // One key for this report: a retry after a lost answer records it once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const uploads = useEvidenceUploads();
  const report = useDirectiveAction(directive, {
    request: async () =>
      unwrap(
        await api.POST('/api/v1/directives/{id}/progress-reports', {
          params: { path: { id: directive.id }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { percent, note: note.trimmed, attachmentIds: uploads.attachmentIds },
        }),
      ),
    done: () => `Đã gửi báo cáo tiến độ ${percent} %.`,
    onClose,
  });
  const errors = fieldErrorsOf(report.error);

  const submit = () => {
    if (note.present()) report.mutate();
  };

  return (
    <ActionModal
      title="Báo cáo tiến độ"
      submitLabel="Gửi báo cáo"
      onClose={onClose}
      onSubmit={submit}
      action={report}
      submitDisabled={uploads.uploading}
    >
      <Stack gap={6}>
        <NumberInput
          label="Tỷ lệ hoàn thành (%)"
          min={0}
          max={100}
          clampBehavior="strict"
          allowDecimal={false}
          value={percent}
          onChange={(value) => setPercent(typeof value === 'number' ? value : Number(value) || 0)}
          error={errors.percent}
          w={180}
        />
        <Slider
          value={percent}
          onChange={setPercent}
          min={0}
          max={100}
          step={5}
          thumbLabel="Tỷ lệ hoàn thành"
          label={(value) => `${value} %`}
          marks={[0, 25, 50, 75, 100].map((value) => ({ value, label: `${value}` }))}
          mb="lg"
        />
        {directive.progressPercent !== null && (
          <Text size="xs" c="dimmed">
            Lần báo cáo trước: {directive.progressPercent} %
          </Text>
        )}
      </Stack>
      <RequiredNote label="Nội dung báo cáo" description="Đã làm được gì, còn lại gì, vướng mắc gì." note={note} error={errors.note} />
      <EvidenceDropzone uploads={uploads} />
    </ActionModal>
  );
}
