import { Alert, Button, Divider, Drawer, Group, Loader, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useEffect } from 'react';
import { allInSeatPriceCents, CLIENT_DEFAULTS, CLIENT_STATUS_LABELS, CLIENT_STATUSES, clientFields, COMPLIANCE_REGIMES, type ClientFields } from '../../../../src-main/domain/client';
import { formatMoney } from '../../../../src-main/domain/format';
import { monthName } from '../../../../src-main/domain/months';
import { useChange, useChannel } from '../../api';
import { showFirstError, useFormGuard } from '../../components/form-guard';
import { fieldErrorsOf, keptButNotSaved, zodErrors } from '../../components/forms';
import { MoneyInput } from '../../components/MoneyInput';
import { useMoneyStyle } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { ContactsEditor } from './ContactsEditor';

const MONTHS = Array.from({ length: 12 }, (_unused, index) => ({ value: String(index + 1), label: monthName(index + 1) }));
const EMPTY_CLIENT: ClientFields = { ...CLIENT_DEFAULTS, name: '' };

function fieldsOf(client: ClientFields): ClientFields {
  const { name, industry, status, address, website, notes, contacts, mrrCents, users, endpoints, complexity, complianceRegimes, otherCompliance, fiscalYearStartMonth, privateNotes, cadenceOverride, hiddenStandardCategories, prepPackSections } = client;
  return { name, industry, status, address, website, notes, contacts, mrrCents, users, endpoints, complexity, complianceRegimes, otherCompliance, fiscalYearStartMonth, privateNotes, cadenceOverride, hiddenStandardCategories, prepPackSections };
}

/** Create or edit a client's profile (PRODUCT.md §1). `clientId` null creates. */
export function ClientForm({ opened, clientId, onClose }: { opened: boolean; clientId: string | null; onClose: () => void }) {
  const existing = useChannel('clients.get', { id: clientId ?? '' }, { enabled: opened && clientId !== null });
  const create = useChange('clients.create');
  const update = useChange('clients.update');
  const money = useMoneyStyle();
  const form = useForm<ClientFields>({
    mode: 'controlled',
    initialValues: EMPTY_CLIENT,
    validate: (values) => zodErrors(clientFields, values),
  });

  useEffect(() => {
    if (!opened) return;
    if (clientId === null) form.setValues(EMPTY_CLIENT);
    else if (existing.data) form.setValues(fieldsOf(existing.data.client));
    form.resetDirty();
    form.clearErrors();
    // The form is reset only when a different client is opened, not on every refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, clientId, existing.data?.client.id]);

  const saving = create.isPending || update.isPending;
  const guard = useFormGuard({ active: opened, dirty: form.isDirty(), onSave: () => form.onSubmit(submit, showFirstError)() });
  const aisp = allInSeatPriceCents(form.values);

  function submit(values: ClientFields) {
    const onError = (error: Error) => {
      if (keptButNotSaved(error)) {
        guard.markSaved();
        onClose();
        return;
      }
      const fieldErrors = fieldErrorsOf(error, ['client', 'changes']);
      if (fieldErrors) form.setErrors(fieldErrors);
      notifications.show({ color: 'red', title: 'Not saved', message: error.message });
    };
    if (clientId === null) {
      create.mutate(
        { client: values },
        {
          onSuccess: ({ client }) => {
            guard.markSaved();
            notifications.show({ color: 'teal', message: `${client.name} added.` });
            onClose();
            navigate({ screen: 'client', clientId: client.id, section: 'profile' });
          },
          onError,
        },
      );
    } else {
      update.mutate(
        { id: clientId, changes: values },
        {
          onSuccess: ({ client }) => {
            guard.markSaved();
            notifications.show({ color: 'teal', message: `${client.name} saved.` });
            onClose();
          },
          onError,
        },
      );
    }
  }

  const loading = clientId !== null && existing.isPending;
  return (
    <Drawer opened={opened} onClose={() => guard.requestClose(onClose)} title={clientId === null ? 'New client' : 'Edit client'} position="right" size={720} padding="lg" closeButtonProps={{ 'aria-label': 'Close the client form' }}>
      {guard.dialog}
      {loading ? (
        <Loader />
      ) : (
        <form onSubmit={form.onSubmit(submit, showFirstError)} noValidate>
          <Stack gap="md">
            <SimpleGrid cols={2}>
              <TextInput label="Client name" required data-autofocus {...form.getInputProps('name')} />
              <TextInput label="Industry" placeholder="Dental practice, law firm…" {...form.getInputProps('industry')} />
              <Select label="Status" data={CLIENT_STATUSES.map((value) => ({ value, label: CLIENT_STATUS_LABELS[value] }))} allowDeselect={false} {...form.getInputProps('status')} />
              <TextInput label="Website" placeholder="example.com" {...form.getInputProps('website')} />
            </SimpleGrid>
            <Textarea label="Address" autosize minRows={2} {...form.getInputProps('address')} />

            <Divider label="Commercials" labelPosition="left" />
            <SimpleGrid cols={3}>
              <MoneyInput label="MRR" description="Monthly recurring revenue" money={money} {...form.getInputProps('mrrCents')} />
              <NumberInput label="Users" min={0} allowDecimal={false} {...form.getInputProps('users')} />
              <NumberInput label="Endpoints" min={0} allowDecimal={false} {...form.getInputProps('endpoints')} />
            </SimpleGrid>
            <Text size="sm" c="dimmed" data-testid="aisp-preview">
              All-in seat price (MRR ÷ users): {aisp === undefined || Number.isNaN(aisp) ? '– (needs users)' : formatMoney(aisp, money)}
            </Text>

            <Divider label="Environment" labelPosition="left" />
            <SimpleGrid cols={3}>
              <NumberInput label="Complexity (1–10)" min={1} max={10} allowDecimal={false} {...form.getInputProps('complexity')} />
              <Select
                label="Fiscal year starts in"
                data={MONTHS}
                allowDeselect={false}
                value={String(form.values.fiscalYearStartMonth)}
                onChange={(value) => form.setFieldValue('fiscalYearStartMonth', Number(value))}
                error={form.errors.fiscalYearStartMonth}
              />
              <MultiSelect label="Compliance regimes" data={[...COMPLIANCE_REGIMES]} clearable {...form.getInputProps('complianceRegimes')} />
            </SimpleGrid>
            {form.values.complianceRegimes.includes('Other') && <TextInput label="Other compliance" {...form.getInputProps('otherCompliance')} />}

            <Divider label="Contacts" labelPosition="left" />
            <ContactsEditor form={form} />

            <Divider label="Notes" labelPosition="left" />
            <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
            <Alert color="gray" variant="light" icon={<IconLock size={18} />} p="sm">
              <Textarea
                label="Sensitive context (private)"
                description="Succession or retirement plans, health, a sale of the business. Never included in any export unless you tick it when exporting."
                autosize
                minRows={2}
                {...form.getInputProps('privateNotes')}
              />
            </Alert>

            <Group justify="flex-end" mt="md">
              <Button variant="default" onClick={() => guard.requestClose(onClose)}>
                Cancel
              </Button>
              <Button type="submit" loading={saving}>
                {clientId === null ? 'Add client' : 'Save changes'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Drawer>
  );
}
