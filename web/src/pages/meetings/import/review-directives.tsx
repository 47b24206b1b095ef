import { Button, CloseButton, Group, Text, Textarea, Title } from '@mantine/core';
import { DateTextInput } from '../../../ui/date-text-input';
import type { DraftDirective } from './import-api';
import { emptyOrganization, OrganizationPicker } from './reference-picker';
import { ReviewItem, type SectionProps } from './review-item';
import { fieldId, newDirective } from './review-model';

/** The conclusions as directives: what, who leads, who cooperates, by when; one can be removed or added. */
export function DirectivesSection({ draft, setDraft, editable, errors, warnings, onFocusSpan }: SectionProps) {
  const change = (index: number, fields: Partial<DraftDirective>) =>
    setDraft({ ...draft, directives: draft.directives.map((d, i) => (i === index ? { ...d, ...fields, confidence: 1 } : d)) });
  return (
    <>
      <Title order={2} size="h4">
        Kết luận, nhiệm vụ ({draft.directives.length})
      </Title>
      {draft.directives.map((directive, index) => {
        const n = index + 1;
        const error = (field: string) => errors[`${directive.key}.${field}`];
        return (
          <ReviewItem
            key={directive.key}
            span={directive.span}
            confidence={directive.confidence}
            warnings={warnings.get(directive.key)}
            onFocusSpan={onFocusSpan}
            actions={
              editable && (
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  aria-label={`Bỏ nhiệm vụ ${n}`}
                  onClick={() => setDraft({ ...draft, directives: draft.directives.filter((_, i) => i !== index) })}
                >
                  Bỏ
                </Button>
              )
            }
          >
            <Textarea
              id={fieldId(`${directive.key}.title`)}
              label={`Nhiệm vụ ${n}`}
              autosize
              minRows={1}
              maxRows={4}
              value={directive.title}
              readOnly={!editable}
              error={error('title') ?? (directive.title.trim() ? undefined : 'Nhập nội dung nhiệm vụ')}
              onChange={(event) => change(index, { title: event.currentTarget.value })}
            />
            <Group grow align="start">
              <OrganizationPicker
                id={fieldId(`${directive.key}.lead`)}
                label={`Cơ quan chủ trì nhiệm vụ ${n}`}
                value={directive.lead}
                readOnly={!editable}
                error={error('lead')}
                onChange={(lead) => change(index, { lead })}
              />
              <DateTextInput
                id={fieldId(`${directive.key}.dueDate`)}
                label={`Thời hạn nhiệm vụ ${n}`}
                description={directive.dueText ? `Văn bản ghi: “${directive.dueText}”` : undefined}
                value={directive.dueDate ?? ''}
                error={error('dueDate')}
                onChange={(dueDate) => change(index, { dueDate: dueDate || null })}
              />
            </Group>
            {directive.cooperating.map((cooperating, j) => (
              <Group key={j} align="end" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <OrganizationPicker
                    id={fieldId(`${directive.key}.cooperating[${j}]`)}
                    label={`Cơ quan phối hợp ${j + 1} của nhiệm vụ ${n}`}
                    value={cooperating}
                    readOnly={!editable}
                    error={error(`cooperating[${j}]`)}
                    onChange={(next) => change(index, { cooperating: directive.cooperating.map((c, k) => (k === j ? next : c)) })}
                  />
                </div>
                {editable && (
                  <CloseButton
                    mb={6}
                    aria-label={`Bỏ cơ quan phối hợp ${j + 1} của nhiệm vụ ${n}`}
                    onClick={() => change(index, { cooperating: directive.cooperating.filter((_, k) => k !== j) })}
                  />
                )}
              </Group>
            ))}
            {editable ? (
              <Button
                variant="subtle"
                size="compact-sm"
                w="fit-content"
                onClick={() => change(index, { cooperating: [...directive.cooperating, emptyOrganization()] })}
              >
                Thêm cơ quan phối hợp
              </Button>
            ) : (
              directive.cooperating.length === 0 && (
                <Text size="sm" c="dimmed">
                  Không có cơ quan phối hợp
                </Text>
              )
            )}
          </ReviewItem>
        );
      })}
      {editable && (
        <Button variant="default" w="fit-content" onClick={() => setDraft({ ...draft, directives: [...draft.directives, newDirective()] })}>
          Thêm nhiệm vụ
        </Button>
      )}
    </>
  );
}
