import { Grid, NativeSelect, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { optionsOf, SPEECH_KIND } from '../../../i18n/labels';
import type { SpeechDraft } from './meeting-draft';

/** Who spoke, how, and what was said: in the record form and when a speech is added or corrected later. */
export function SpeechFields({
  speakers,
  getInputProps,
}: {
  /** The people who may speak: those who attended. */
  speakers: { value: string; label: string }[];
  getInputProps(field: keyof Omit<SpeechDraft, 'key'>): GetInputPropsReturnType;
}) {
  return (
    <Grid>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <NativeSelect
          label="Người phát biểu"
          withAsterisk
          data={[{ value: '', label: '— Chọn trong số người dự họp —' }, ...speakers]}
          {...getInputProps('speakerId')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <NativeSelect label="Loại phát biểu" data={optionsOf(SPEECH_KIND)} {...getInputProps('kind')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label="Nội dung" autosize minRows={2} maxRows={8} {...getInputProps('text')} />
      </Grid.Col>
    </Grid>
  );
}
