import { Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ifMatch, unwrap } from '../../api/client';
import { PersonOfOrganizationSelect } from '../../ui/person-select';
import { ActionModal, fieldErrorsOf } from './action-modal';
import { useDirectiveChanged, useReloadOnConflict, type Directive } from './directive-queries';

/** Who answers for the directive day to day: a person of the lead agency. */
export function AssignOwnerDialog({ directive, onClose }: { directive: Directive; onClose(): void }) {
  const [ownerId, setOwnerId] = useState<string | null>(directive.owner?.id ?? null);
  const changed = useDirectiveChanged(directive.id);
  const reloadOnConflict = useReloadOnConflict(directive.id);
  const assign = useMutation({
    mutationFn: async (id: string) =>
      unwrap(
        await api.PATCH('/api/v1/directives/{id}', {
          params: { path: { id: directive.id }, header: ifMatch(directive.version) },
          body: { ownerId: id },
        }),
      ),
    onError: reloadOnConflict,
    onSuccess: async (updated) => {
      onClose();
      await changed(`Đã phân công ${updated.owner?.fullName ?? ''} xử lý nhiệm vụ.`);
    },
  });
  const errors = fieldErrorsOf(assign.error);

  return (
    <ActionModal
      title="Phân công người xử lý"
      submitLabel="Phân công"
      onClose={onClose}
      onSubmit={() => ownerId && assign.mutate(ownerId)}
      busy={assign.isPending}
      error={assign.error}
      submitDisabled={!ownerId || ownerId === directive.owner?.id}
    >
      <Text size="sm">Cán bộ của {directive.leadOrganization.name}</Text>
      <PersonOfOrganizationSelect
        organizationId={directive.leadOrganization.id}
        label="Người xử lý"
        placeholder="Chọn cán bộ"
        value={ownerId}
        onChange={setOwnerId}
        nothingFoundMessage="Không có cán bộ phù hợp"
        error={errors.ownerId}
        data-autofocus
      />
    </ActionModal>
  );
}
