import { Button, Card, Group, Loader, Tabs, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { DEFAULT_SETTINGS, settingsFields, type Settings, type SettingsFields } from '../../../../src-main/domain/settings';
import { useChange } from '../../api';
import { showFirstError, useFormGuard } from '../../components/form-guard';
import { fieldErrorsOf, zodErrors } from '../../components/forms';
import { rebaseEdits } from '../../components/rebase-edits';
import { PageHeader } from '../../components/PageHeader';
import { useSettings } from '../../components/settings-hooks';
import { navigate, type SettingsTab } from '../../router';
import { AgendaSettings } from './AgendaSettings';
import { BrandingSettings } from './BrandingSettings';
import { CatalogueSettings } from './CatalogueSettings';
import { DataSettings } from './DataSettings';
import { LifespanSettings } from './LifespanSettings';
import { PricingSettings } from './PricingSettings';

function fieldsOf(settings: Settings): SettingsFields {
  const { logo: _logo, ...fields } = settings;
  return fields;
}

function useSettingsForm(initial: SettingsFields) {
  return useForm<SettingsFields>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => zodErrors(settingsFields, values),
  });
}
export type SettingsForm = ReturnType<typeof useSettingsForm>;

export function SettingsPage({ tab }: { tab: SettingsTab }) {
  const { view, query } = useSettings();
  const update = useChange('settings.update');
  const form = useSettingsForm(fieldsOf(view?.settings ?? DEFAULT_SETTINGS));

  // What the form was last rebased on: a field equal to it is one the consultant has not touched.
  const baseline = useRef<SettingsFields | null>(null);
  useEffect(() => {
    if (!view) return;
    const stored = fieldsOf(view.settings);
    form.setValues(baseline.current ? rebaseEdits(form.getValues(), baseline.current, stored) : stored);
    form.resetDirty(stored);
    baseline.current = stored;
    // Rebase only when the stored settings change, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view?.settings]);

  const save = form.onSubmit(
    (values) =>
      update.mutate(
        { changes: values },
        {
          onSuccess: () => {
            guard.markSaved();
            notifications.show({ color: 'teal', message: 'Settings saved.' });
          },
          onError: (error) => {
            const fieldErrors = fieldErrorsOf(error, ['changes']);
            if (fieldErrors) form.setErrors(fieldErrors);
            notifications.show({ color: 'red', title: 'Settings not saved', message: error.message });
          },
        },
      ),
    showFirstError,
  );

  const guard = useFormGuard({ active: true, dirty: form.isDirty(), onSave: () => save(), staysOn: (to) => to.startsWith('#/settings') });

  if (!view) return query.isPending ? <Loader /> : <Text c="red">{query.error?.message}</Text>;

  const saveBar = (
    <Group justify="flex-end" mt="md">
      {form.isDirty() && (
        <Text size="sm" c="dimmed">
          Unsaved changes
        </Text>
      )}
      <Button variant="default" disabled={!form.isDirty()} onClick={() => form.setValues(fieldsOf(view.settings))}>
        Discard
      </Button>
      <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
        Save settings
      </Button>
    </Group>
  );

  return (
    <>
      {guard.dialog}
      <PageHeader title="Settings" description="Your details and brand for exports, pricing defaults, lifespans, agenda templates, and where your data lives." />
      <Tabs value={tab} onChange={(next) => next && navigate({ screen: 'settings', tab: next as SettingsTab })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="consultant">Consultant and branding</Tabs.Tab>
          <Tabs.Tab value="pricing">Currency, rates and markups</Tabs.Tab>
          <Tabs.Tab value="lifespans">Asset lifespans and costs</Tabs.Tab>
          <Tabs.Tab value="catalogue">Product catalogue</Tabs.Tab>
          <Tabs.Tab value="agendas">Agenda templates</Tabs.Tab>
          <Tabs.Tab value="data">Data and backups</Tabs.Tab>
        </Tabs.List>
        <form onSubmit={save} noValidate>
          <Tabs.Panel value="consultant">
            <Card withBorder>
              <BrandingSettings form={form} logoDataUrl={view.logoDataUrl} logo={view.settings.logo} />
              {saveBar}
            </Card>
          </Tabs.Panel>
          <Tabs.Panel value="pricing">
            <Card withBorder>
              <PricingSettings form={form} />
              {saveBar}
            </Card>
          </Tabs.Panel>
          <Tabs.Panel value="lifespans">
            <Card withBorder>
              <LifespanSettings form={form} />
              {saveBar}
            </Card>
          </Tabs.Panel>
          <Tabs.Panel value="catalogue">
            <Card withBorder>
              <CatalogueSettings form={form} />
              {saveBar}
            </Card>
          </Tabs.Panel>
          <Tabs.Panel value="agendas">
            <Card withBorder>
              <AgendaSettings form={form} />
              {saveBar}
            </Card>
          </Tabs.Panel>
        </form>
        <Tabs.Panel value="data">
          <DataSettings dataDir={view.dataDir} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
