import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrganizationSelect } from '../../../ui/organization-pickers';
import { ProblemAlert } from '../../../ui/problem-alert';
import type { Person } from './person-picker';

interface NewPerson {
  fullName: string;
  position: string;
  organizationId: string | null;
}

/** Someone who is not yet in the directory, added without leaving the meeting form. */
export function CreatePersonModal({ opened, onClose, onCreated }: { opened: boolean; onClose(): void; onCreated(person: Person): void }) {
  const queryClient = useQueryClient();
  const form = useForm<NewPerson>({
    initialValues: { fullName: '', position: '', organizationId: null },
    validate: {
      fullName: (value) => (value.trim() ? null : 'Nhập họ và tên.'),
      organizationId: (value) => (value ? null : 'Chọn cơ quan công tác.'),
    },
  });
  const create = useMutation({
    mutationFn: async (values: NewPerson) =>
      unwrap(
        await api.POST('/api/v1/people', {
          body: { fullName: values.fullName.trim(), position: values.position.trim() || null, organizationId: values.organizationId },
        }),
      ),
    onSuccess: (person) => {
      void queryClient.invalidateQueries({ queryKey: ['people'] });
      onCreated(person);
      form.reset();
      create.reset();
      onClose();
    },
    onError: (error) => applyFieldErrors(error, form.setFieldError),
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Thêm cán bộ mới" centered>
      {/* The modal is portalled out of the meeting's form in the page, but React still bubbles its
          submit event up to the meeting's form: stopped here, so adding a person never saves the meeting. */}
      <form
        onSubmit={(event) => {
          event.stopPropagation();
          form.onSubmit((values) => create.mutate(values))(event);
        }}
      >
        <Stack>
          {create.isError && <ProblemAlert error={create.error} />}
          <TextInput label="Họ và tên" withAsterisk data-autofocus {...form.getInputProps('fullName')} />
          <TextInput label="Chức vụ" {...form.getInputProps('position')} />
          <OrganizationSelect
            label="Cơ quan công tác"
            withAsterisk
            placeholder="Chọn cơ quan"
            comboboxProps={{ withinPortal: true, zIndex: 400 }}
            {...form.getInputProps('organizationId')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={create.isPending}>
              Thêm và đưa vào danh sách dự họp
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
