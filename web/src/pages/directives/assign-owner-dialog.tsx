import { Text } from '@mantine/core';
import { useState } from 'react';
import { api, ifMatch, unwrap } from '../../api/client';
import { PersonOfOrganizationSelect } from '../../ui/person-select';
import { ActionModal, fieldErrorsOf } from './action-modal';
import type { Directive } from './directive-queries';
import { useDirectiveAction } from './use-directive-action';

/** Who answers for the directive day to day: a person of the lead agency. */
export function AssignOwnerDialog({ directive, onClose }: { directive: Directive; onClose(): void }) {
  const [ownerId, setOwnerId] = useState<string | null>(directive.owner?.id ?? null);
  const assign = useDirectiveAction(directive, {
    request: async (id: string) =>
      unwrap(
        await api.PATCH('/api/v1/directives/{id}', {
          params: { path: { id: directive.id }, header: ifMatch(directive.version) },
          body: { ownerId: id },
        }),
      ),
    done: (updated) => `Đã phân công ${updated.owner?.fullName ?? ''} xử lý nhiệm vụ.`,
    onClose,
  });
  const errors = fieldErrorsOf(assign.error);

  return (
    <ActionModal
      title="Phân công người xử lý"
      submitLabel="Phân công"
      onClose={onClose}
      onSubmit={() => ownerId && assign.mutate(ownerId)}
      action={assign}
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
