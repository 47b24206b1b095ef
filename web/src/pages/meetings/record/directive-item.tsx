import { ActionIcon, Fieldset, Grid, Group, NativeSelect, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { optionsOf, PRIORITY, SPEECH_KIND } from '../../../i18n/labels';
import { OrganizationMultiSelect, OrganizationSelect } from '../../../ui/organization-pickers';
import type { MeetingDraft } from './meeting-draft';
import { OwnerSelect } from './owner-select';

/** One directive of the form; `number` is the order it will have in the meeting, `removable` false when it is the only one asked for. */
export function DirectiveItem({
  form,
  index,
  number = index + 1,
  removable = true,
}: {
  form: UseFormReturnType<MeetingDraft>;
  index: number;
  number?: number;
  removable?: boolean;
}) {
  const directive = form.values.directives[index]!;
  const path = `directives.${index}` as const;
  const lead = directive.leadOrganizationId;
  const excludeLead = useMemo(() => (lead ? [lead] : []), [lead]);
  const speakerName = new Map(form.values.attendees.map((attendee) => [attendee.personId, attendee.fullName]));
  const speechOptions = form.values.speeches.map((speech, i) => ({
    value: speech.key,
    label: `Phát biểu ${i + 1}: ${speakerName.get(speech.speakerId) ?? 'chưa chọn người'} (${SPEECH_KIND[speech.kind]})`,
  }));

  /** One lead: it leaves the cooperating agencies, and an owner must belong to it, so the owner is chosen again. */
  function setLead(organizationId: string | null) {
    form.setFieldValue(`${path}.leadOrganizationId`, organizationId);
    form.setFieldValue(
      `${path}.cooperatingOrganizationIds`,
      directive.cooperatingOrganizationIds.filter((id) => id !== organizationId),
    );
    if (organizationId !== lead) form.setFieldValue(`${path}.ownerId`, null);
    form.clearFieldError(`${path}.leadOrganizationId`);
  }

  return (
    <Fieldset legend={`Nhiệm vụ ${number}`} p="sm">
      {removable && (
        <Group justify="flex-end" mb={-8}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Xóa nhiệm vụ ${number}`}
            onClick={() => form.removeListItem('directives', index)}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      )}
      <Grid>
        <Grid.Col span={12}>
          <Textarea label="Nội dung nhiệm vụ" withAsterisk autosize minRows={2} maxRows={6} {...form.getInputProps(`${path}.title`)} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label="Mô tả chi tiết" autosize minRows={1} maxRows={6} {...form.getInputProps(`${path}.description`)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <OrganizationSelect
            label="Cơ quan chủ trì"
            withAsterisk
            placeholder="Chọn một cơ quan"
            value={lead}
            onChange={setLead}
            error={form.errors[`${path}.leadOrganizationId`]}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <OrganizationMultiSelect
            label="Cơ quan phối hợp"
            placeholder={directive.cooperatingOrganizationIds.length === 0 ? 'Chọn các cơ quan' : undefined}
            exclude={excludeLead}
            {...form.getInputProps(`${path}.cooperatingOrganizationIds`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <OwnerSelect
            organizationId={lead}
            value={directive.ownerId}
            onChange={(ownerId) => form.setFieldValue(`${path}.ownerId`, ownerId)}
            error={form.errors[`${path}.ownerId`]}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          <TextInput
            label="Thời hạn"
            placeholder="dd/mm/yyyy"
            description="Để trống: không thời hạn"
            {...form.getInputProps(`${path}.dueDate`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          <NativeSelect label="Mức độ ưu tiên" data={optionsOf(PRIORITY)} {...form.getInputProps(`${path}.priority`)} />
        </Grid.Col>
        <Grid.Col span={12}>
          <NativeSelect
            label="Phát biểu nguồn"
            data={[{ value: '', label: '— Không gắn với phát biểu nào —' }, ...speechOptions]}
            {...form.getInputProps(`${path}.sourceSpeechKey`)}
          />
        </Grid.Col>
      </Grid>
    </Fieldset>
  );
}
