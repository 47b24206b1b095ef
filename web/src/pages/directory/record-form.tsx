import { Button, Group, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../../ui/problem-alert';
import { VersionConflict } from '../../ui/version-conflict';
import type { useRecordForm } from './use-record-form';

/**
 * The frame of a directory record's form: what someone else changed meanwhile, why the save
 * failed, the fields, then save (or add) and the way back to the list.
 */
export function RecordForm({
  form,
  addLabel,
  listPath,
  children,
}: {
  form: Pick<ReturnType<typeof useRecordForm>, 'submit' | 'conflict' | 'keepMine' | 'discardMine' | 'problem' | 'saving' | 'editing'>;
  /** The button of a new record ("Thêm cơ quan"); an existing one is saved with "Lưu thay đổi". */
  addLabel: string;
  listPath: string;
  children: ReactNode;
}) {
  return (
    <Paper component="form" onSubmit={form.submit} withBorder p="md" maw={640} noValidate>
      <Stack>
        {form.conflict && <VersionConflict changes={form.conflict} onKeepMine={form.keepMine} onDiscardMine={form.discardMine} />}
        <ProblemAlert error={form.problem} title="Chưa lưu được" />
        {children}
        <Group>
          <Button type="submit" loading={form.saving} disabled={form.conflict !== null}>
            {form.editing ? 'Lưu thay đổi' : addLabel}
          </Button>
          <Button component={Link} to={listPath} variant="default">
            Quay lại danh sách
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
