import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS, ASSET_DEFAULTS, assetFields, type AssetFields } from '../../../../src-main/domain/asset';
import type { Client } from '../../../../src-main/domain/client';
import { useChange } from '../../api';
import { showFirstError, useFormGuard } from '../../components/form-guard';
import { fieldErrorsOf, keptButNotSaved, zodErrors } from '../../components/forms';
import { MoneyInput } from '../../components/MoneyInput';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';

const EMPTY: AssetFields = { ...ASSET_DEFAULTS, name: '', category: 'workstation', unitCostCents: 0 };

export function AddAssetModal({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const create = useChange('assets.create');
  const money = useMoneyStyle();
  const { settings } = useSettings();
  const form = useForm<AssetFields>({ mode: 'controlled', initialValues: EMPTY, validate: (values) => zodErrors(assetFields, values) });
  const close = () => {
    form.reset();
    onClose();
  };
  const formElement = useRef<HTMLFormElement>(null);
  // Ctrl/Cmd+S adds it; closing, Escape or leaving with something typed asks first.
  const guard = useFormGuard({ active: opened, dirty: form.isDirty(), onSave: () => formElement.current?.requestSubmit() });

  return (
    <Modal opened={opened} onClose={() => guard.requestClose(close)} title={`Add an asset for ${client.name}`} size="lg">
      {guard.dialog}
      <form
        ref={formElement}
        noValidate
        onSubmit={form.onSubmit((values) =>
          create.mutate(
            { clientId: client.id, asset: values },
            {
              onSuccess: ({ asset }) => {
                notifications.show({ color: 'teal', message: `${asset.name} added.` });
                guard.markSaved();
                close();
              },
              onError: (error) => {
                if (keptButNotSaved(error)) {
                  guard.markSaved();
                  return close();
                }
                const fieldErrors = fieldErrorsOf(error, ['asset']);
                if (fieldErrors) form.setErrors(fieldErrors);
                else notifications.show({ color: 'red', message: error.message });
              },
            },
          ),
          showFirstError,
        )}
      >
        <Stack>
          <TextInput label="Name or model" required data-autofocus {...form.getInputProps('name')} />
          <SimpleGrid cols={3}>
            <Select label="Category" data={ASSET_CATEGORIES.map((value) => ({ value, label: ASSET_CATEGORY_LABELS[value] }))} allowDeselect={false} {...form.getInputProps('category')} />
            <NumberInput label="Quantity" min={1} allowDecimal={false} {...form.getInputProps('quantity')} />
            <MoneyInput label="Unit cost" money={money} {...form.getInputProps('unitCostCents')} />
            <TextInput label="Purchase date" type="date" {...form.getInputProps('purchaseDate')} onChange={(event) => form.setFieldValue('purchaseDate', event.currentTarget.value || null)} value={form.values.purchaseDate ?? ''} />
            <TextInput label="Warranty end" type="date" {...form.getInputProps('warrantyEnd')} onChange={(event) => form.setFieldValue('warrantyEnd', event.currentTarget.value || null)} value={form.values.warrantyEnd ?? ''} />
            <NumberInput
              label="Lifespan (months)"
              placeholder={`${settings.lifespans[form.values.category]} (default)`}
              min={1}
              max={600}
              allowDecimal={false}
              {...form.getInputProps('lifespanMonths')}
              value={form.values.lifespanMonths ?? ''}
              onChange={(value) => form.setFieldValue('lifespanMonths', value === '' ? null : Number(value))}
            />
            <TextInput label="Serial number" {...form.getInputProps('serial')} />
            <TextInput label="Location or user" {...form.getInputProps('location')} />
            <MoneyInput label="Replacement unit cost" description="Blank: same as unit cost" nullable money={money} {...form.getInputProps('replacementUnitCostCents')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => guard.requestClose(close)}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add asset
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
