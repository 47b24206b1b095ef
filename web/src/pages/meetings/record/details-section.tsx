import { Grid, NativeSelect, TextInput, Textarea } from '@mantine/core';
import type { GetInputProps, UseFormReturnType } from '@mantine/form';
import { MEETING_KIND, MEETING_STATUS, optionsOf } from '../../../i18n/labels';
import { OrganizationSelect } from '../../../ui/organization-pickers';
import { FormSection } from './form-section';
import type { MeetingDetailsDraft, MeetingDraft } from './meeting-draft';

export function DetailsSection({ form }: { form: UseFormReturnType<MeetingDraft> }) {
  return (
    <FormSection title="Thông tin cuộc họp">
      <DetailsFields form={form} />
      <Grid mt="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <NativeSelect label="Trạng thái" data={optionsOf(MEETING_STATUS)} {...form.getInputProps('status')} />
        </Grid.Col>
      </Grid>
    </FormSection>
  );
}

/** The meeting's own details: typed when it is recorded, corrected later on its page. */
export function DetailsFields({ form }: { form: { getInputProps: GetInputProps<MeetingDetailsDraft> } }) {
  return (
    <Grid>
      <Grid.Col span={12}>
        <TextInput label="Tên cuộc họp" withAsterisk {...form.getInputProps('title')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <TextInput label="Ngày họp" placeholder="dd/mm/yyyy" withAsterisk {...form.getInputProps('startDate')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <TextInput label="Giờ bắt đầu" placeholder="hh:mm (24 giờ)" withAsterisk {...form.getInputProps('startTime')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <TextInput label="Ngày kết thúc" placeholder="dd/mm/yyyy" description="Để trống nếu cùng ngày" {...form.getInputProps('endDate')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <TextInput label="Giờ kết thúc" placeholder="hh:mm (24 giờ)" description="Không bắt buộc" {...form.getInputProps('endTime')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <NativeSelect
          label="Hình thức"
          data={[{ value: '', label: '— Chưa chọn —' }, ...optionsOf(MEETING_KIND)]}
          {...form.getInputProps('kind')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput label="Địa điểm" {...form.getInputProps('location')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <OrganizationSelect label="Cơ quan tổ chức" placeholder="Chọn cơ quan" clearable {...form.getInputProps('organizerId')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label="Tóm tắt nội dung" autosize minRows={3} maxRows={10} {...form.getInputProps('summary')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput label="Đường dẫn nguồn (bài báo, văn bản)" placeholder="https://" {...form.getInputProps('sourceUrl')} />
      </Grid.Col>
    </Grid>
  );
}
