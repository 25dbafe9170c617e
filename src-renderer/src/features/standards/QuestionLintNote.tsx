import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { lintQuestion } from '../../../../src-main/domain/standard-lint';

/** The question lint of PRODUCT.md §2, said next to the question while it is typed. */
export function QuestionLintNote({ question, id }: { question: string; id?: string }) {
  const verdict = lintQuestion(question);
  if (verdict.ok) {
    return (
      <Text size="xs" c="dimmed" id={id}>
        A yes/no question: YES means aligned.
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" id={id} data-testid="question-lint">
      <IconAlertTriangle size={14} color="var(--mantine-color-orange-7)" style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
      <Text size="xs" c="orange.8">
        {verdict.reasons.join(' ')}
      </Text>
    </Group>
  );
}
