import { Select, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ifMatch, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import type { components } from '../../api/schema';
import { optionsOf, PRIORITY, type Priority } from '../../i18n/labels';
import { OrganizationMultiSelect, OrganizationSelect } from '../../ui/organization-pickers';
import { VersionConflict, type ChangedField } from '../../ui/version-conflict';
import { ActionModal, fieldErrorsOf } from './action-modal';
import { directiveKeys, fetchDirective, type Directive } from './directive-queries';
import { changesSince, patchOf, rebase, valuesOf, type EditValues } from './edit-directive-values';
import { useDirectiveAction } from './use-directive-action';

/**
 * The secretariat corrects what was decided. The save carries the version the form was opened
 * with; when someone saved in between (412) the form shows what they changed and keeps the text.
 */
export function EditDirectiveDialog({ directive, onClose }: { directive: Directive; onClose(): void }) {
  const [openedWith, setOpenedWith] = useState(directive);
  const [values, setValues] = useState(() => valuesOf(directive));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<{ latest: Directive; changes: ChangedField[] } | null>(null);
  const queryClient = useQueryClient();

  const save = useDirectiveAction(directive, {
    request: async (patch: ReturnType<typeof patchOf>['patch']) =>
      unwrap(
        await api.PATCH('/api/v1/directives/{id}', {
          params: { path: { id: directive.id }, header: ifMatch(openedWith.version) },
          body: patch as components['schemas']['UpdateDirectiveDto'],
        }),
      ),
    done: () => 'Đã lưu thay đổi của nhiệm vụ.',
    onClose,
    onError: async (error) => {
      if (!(error instanceof ProblemError && error.status === 412)) return;
      const latest = await fetchDirective(directive.id);
      queryClient.setQueryData(directiveKeys.detail(directive.id), latest);
      setConflict({ latest, changes: changesSince(openedWith, latest) });
    },
  });
  const errors = { ...fieldErrorsOf(save.error), ...local };

  const set = <K extends keyof EditValues>(field: K, value: EditValues[K]) => setValues((current) => ({ ...current, [field]: value }));

  const submit = () => {
    const { patch, errors: typed } = patchOf(values, valuesOf(openedWith));
    if (Object.keys(typed).length > 0) return setLocal(typed);
    if (Object.keys(patch).length === 0) return setLocal({ form: 'Bạn chưa thay đổi nội dung nào.' });
    setLocal({});
    save.mutate(patch);
  };

  const takeLatest = (keepMine: boolean) => {
    if (!conflict) return;
    setValues(keepMine ? rebase(values, valuesOf(openedWith), valuesOf(conflict.latest)) : valuesOf(conflict.latest));
    setOpenedWith(conflict.latest);
    setConflict(null);
    save.reset();
  };

  return (
    <ActionModal
      title="Sửa nhiệm vụ"
      submitLabel="Lưu thay đổi"
      onClose={onClose}
      onSubmit={submit}
      action={{ isPending: save.isPending, error: conflict ? null : save.error }}
      submitDisabled={conflict !== null}
    >
      {conflict && (
        <VersionConflict changes={conflict.changes} onKeepMine={() => takeLatest(true)} onDiscardMine={() => takeLatest(false)} />
      )}
      {errors.form && (
        <Text size="sm" role="status">
          {errors.form}
        </Text>
      )}
      <Textarea
        label="Nội dung nhiệm vụ"
        required
        autosize
        minRows={2}
        value={values.title}
        onChange={(event) => set('title', event.currentTarget.value)}
        error={errors.title}
      />
      <Textarea
        label="Mô tả chi tiết"
        autosize
        minRows={2}
        value={values.description}
        onChange={(event) => set('description', event.currentTarget.value)}
        error={errors.description}
      />
      <TextInput
        label="Thời hạn"
        description="Ngày/tháng/năm; để trống nếu không có thời hạn"
        placeholder="dd/mm/yyyy"
        value={values.dueDate}
        onChange={(event) => set('dueDate', event.currentTarget.value)}
        error={errors.dueDate}
      />
      <Select
        label="Mức độ ưu tiên"
        data={optionsOf(PRIORITY)}
        value={values.priority}
        onChange={(value) => value && set('priority', value as Priority)}
        allowDeselect={false}
        error={errors.priority}
      />
      <OrganizationSelect
        label="Cơ quan chủ trì"
        value={values.leadOrganizationId}
        onChange={(value) => value && set('leadOrganizationId', value)}
        allowDeselect={false}
        error={errors.leadOrganizationId}
      />
      <OrganizationMultiSelect
        label="Cơ quan phối hợp"
        exclude={[values.leadOrganizationId]}
        value={values.cooperatingOrganizationIds}
        onChange={(value) => set('cooperatingOrganizationIds', value)}
        error={errors.cooperatingOrganizationIds}
      />
    </ActionModal>
  );
}
