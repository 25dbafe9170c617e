import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { SERVICE_CATEGORIES, SERVICE_CATEGORY_LABELS, SERVICE_DEFAULTS, serviceFields, type ServiceFields } from '../../../../src-main/domain/service';
import { useChange } from '../../api';
import { showFirstError, useFormGuard } from '../../components/form-guard';
import { fieldErrorsOf, keptButNotSaved, zodErrors } from '../../components/forms';
import { MoneyInput } from '../../components/MoneyInput';
import { useMoneyStyle } from '../../components/settings-hooks';
import { useToday } from '../../components/useToday';

export function AddServiceModal({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const create = useChange('services.create');
  const money = useMoneyStyle();
  const today = useToday();
  const empty: ServiceFields = { ...SERVICE_DEFAULTS, name: '', unitCostCents: 0, startDate: `${today}-01` };
  const form = useForm<ServiceFields>({ mode: 'controlled', initialValues: empty, validate: (values) => zodErrors(serviceFields, values) });
  const close = () => {
    form.setValues(empty);
    form.clearErrors();
    onClose();
  };
  const formElement = useRef<HTMLFormElement>(null);
  // Ctrl/Cmd+S adds it; closing, Escape or leaving with something typed asks first.
  const guard = useFormGuard({ active: opened, dirty: form.isDirty(), onSave: () => formElement.current?.requestSubmit() });

  return (
    <Modal opened={opened} onClose={() => guard.requestClose(close)} title={`Add a service for ${client.name}`} size="lg">
      {guard.dialog}
      <form
        ref={formElement}
        noValidate
        onSubmit={form.onSubmit((values) =>
          create.mutate(
            { clientId: client.id, service: values },
            {
              onSuccess: ({ service }) => {
                notifications.show({ color: 'teal', message: `${service.name} added.` });
                guard.markSaved();
                close();
              },
              onError: (error) => {
                if (keptButNotSaved(error)) {
                  guard.markSaved();
                  return close();
                }
                const fieldErrors = fieldErrorsOf(error, ['service']);
                if (fieldErrors) form.setErrors(fieldErrors);
                else notifications.show({ color: 'red', message: error.message });
              },
            },
          ),
          showFirstError,
        )}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput label="Service" required data-autofocus placeholder="Microsoft 365 Business Premium" {...form.getInputProps('name')} />
            <TextInput label="Vendor" {...form.getInputProps('vendor')} />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <Select label="Category" data={SERVICE_CATEGORIES.map((value) => ({ value, label: SERVICE_CATEGORY_LABELS[value] }))} allowDeselect={false} {...form.getInputProps('category')} />
            <NumberInput label="Quantity" min={1} allowDecimal={false} {...form.getInputProps('quantity')} />
            <MoneyInput label="Unit cost" money={money} {...form.getInputProps('unitCostCents')} />
            <Select
              label="Billing"
              data={[
                { value: 'monthly', label: 'Monthly' },
                { value: 'annual', label: 'Annual' },
              ]}
              allowDeselect={false}
              {...form.getInputProps('billing')}
            />
            <TextInput label="Starts" type="date" {...form.getInputProps('startDate')} />
            <TextInput label="Ends" type="date" {...form.getInputProps('endDate')} value={form.values.endDate ?? ''} onChange={(event) => form.setFieldValue('endDate', event.currentTarget.value || null)} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => guard.requestClose(close)}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add service
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
