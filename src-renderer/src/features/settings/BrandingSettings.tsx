import { Button, ColorInput, FileButton, Group, Image, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { LOGO_MAX_BYTES } from '../../../../src-main/domain/images';
import type { LogoInfo } from '../../../../src-main/domain/settings';
import { useChange } from '../../api';
import type { SettingsForm } from './SettingsPage';

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

function LogoField({ logoDataUrl, logo }: { logoDataUrl: string | null; logo: LogoInfo | null }) {
  const setLogo = useChange('settings.setLogo');
  const removeLogo = useChange('settings.removeLogo');
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File | null) {
    if (!file) return;
    setError(null);
    if (file.size > LOGO_MAX_BYTES) {
      setError(`The logo is ${(file.size / (1024 * 1024)).toFixed(1)} MB; the limit is 2 MB. Save a smaller PNG or JPEG and try again.`);
      return;
    }
    setLogo.mutate(
      { file: { name: file.name, dataBase64: await base64Of(file) } },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: 'Logo saved. It appears on every export.' }),
        onError: (failure) => setError(failure.message),
      },
    );
  }

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Logo
      </Text>
      <Group align="center">
        <Paper withBorder p="xs" w={200} h={80} display="flex" style={{ alignItems: 'center', justifyContent: 'center' }}>
          {logoDataUrl ? (
            <Image src={logoDataUrl} alt="Your logo" mah={60} maw={180} fit="contain" />
          ) : (
            <Text size="xs" c="dimmed">
              No logo yet
            </Text>
          )}
        </Paper>
        <Stack gap={6}>
          <Group gap="xs">
            <FileButton onChange={(file) => void upload(file)} accept="image/png,image/jpeg">
              {(props) => (
                <Button {...props} variant="light" size="xs" leftSection={<IconPhotoUp size={14} />} loading={setLogo.isPending}>
                  {logo ? 'Replace logo' : 'Upload logo'}
                </Button>
              )}
            </FileButton>
            {logo && (
              <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={() => removeLogo.mutate({})}>
                Remove
              </Button>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            PNG or JPEG, at most 2 MB and 4000 px a side.{logo ? ` Current: ${logo.width} × ${logo.height} px.` : ''}
          </Text>
        </Stack>
      </Group>
      {error && (
        <Text size="sm" c="red" role="alert" data-testid="logo-error">
          {error}
        </Text>
      )}
    </Stack>
  );
}

export function BrandingSettings({ form, logoDataUrl, logo }: { form: SettingsForm; logoDataUrl: string | null; logo: LogoInfo | null }) {
  return (
    <Stack gap="lg">
      <div>
        <Title order={4} mb="xs">
          You
        </Title>
        <SimpleGrid cols={2}>
          <TextInput label="Your name" {...form.getInputProps('consultant.name')} />
          <TextInput label="Company" description="Shown on every export" {...form.getInputProps('consultant.company')} />
          <TextInput label="Email" {...form.getInputProps('consultant.email')} />
          <TextInput label="Phone" {...form.getInputProps('consultant.phone')} />
          <TextInput label="Website" {...form.getInputProps('consultant.website')} />
          <Textarea label="Address" autosize minRows={1} {...form.getInputProps('consultant.address')} />
        </SimpleGrid>
      </div>
      <div>
        <Title order={4} mb="xs">
          Brand for exports
        </Title>
        <Stack>
          <LogoField logoDataUrl={logoDataUrl} logo={logo} />
          <SimpleGrid cols={3}>
            <ColorInput label="Primary colour" format="hex" eyeDropperButtonProps={{ 'aria-label': 'Pick the primary colour from the screen' }} {...form.getInputProps('primaryColour')} />
            <ColorInput label="Accent colour" format="hex" eyeDropperButtonProps={{ 'aria-label': 'Pick the accent colour from the screen' }} {...form.getInputProps('accentColour')} />
            <Select
              label="Page size"
              data={[
                { value: 'LETTER', label: 'Letter' },
                { value: 'A4', label: 'A4' },
              ]}
              allowDeselect={false}
              {...form.getInputProps('pageSize')}
            />
          </SimpleGrid>
          <TextInput label="Confidentiality line" description="Printed in the footer of every page" {...form.getInputProps('confidentialityLine')} />
        </Stack>
      </div>
      <div>
        <Title order={4} mb="xs">
          Appearance
        </Title>
        <SegmentedControl
          data={[
            { value: 'auto', label: 'Follow system' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
          {...form.getInputProps('appearance')}
        />
      </div>
    </Stack>
  );
}
