import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** A failed load, said plainly, with a way to try again. */
export function ErrorPanel({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <Center p="xl">
      <Alert color="red" icon={<IconAlertTriangle />} title="This could not be loaded" maw={560}>
        <Stack gap="sm">
          <Text size="sm">{error.message}</Text>
          {onRetry && (
            <Button variant="light" color="red" size="xs" onClick={onRetry} w="fit-content">
              Try again
            </Button>
          )}
        </Stack>
      </Alert>
    </Center>
  );
}
