import { Card, Text } from '@mantine/core';

/** One headline figure with its label and a short explanation. */
export function StatCard({ label, value, hint, testId, size = 26 }: { label: string; value: string; hint?: string | undefined; testId?: string; size?: number }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fw={700} fz={size} className="tabular" data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}
