import { Alert, NumberInput, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { formatMoney } from '../../../../src-main/domain/format';
import { marginFromMarkup, priceWithMarkup } from '../../../../src-main/domain/money';
import { COMMON_CURRENCIES, COMMON_LOCALES, type DefaultMarkups } from '../../../../src-main/domain/settings';
import { MoneyInput } from '../../components/MoneyInput';
import type { SettingsForm } from './SettingsPage';

const MARKUP_LABELS: Record<keyof DefaultMarkups, { label: string; description: string }> = {
  asset: { label: 'Hardware and software (asset replacements)', description: 'Applied to asset replacement costs' },
  initiativeOneTime: { label: 'Project one-time costs', description: 'Applied to initiatives’ one-time costs' },
  service: { label: 'Services', description: 'Subscriptions, internet, cloud backup…' },
  recurring: { label: 'Project recurring costs', description: 'Initiatives’ monthly costs' },
};

function localeLabel(tag: string): string {
  const example = new Intl.NumberFormat(tag, { minimumFractionDigits: 2 }).format(1234.5);
  return `${tag} (${example})`;
}

/** Markup and the margin it gives, side by side: consultants confuse them (PRODUCT.md §5). */
export function PricingSettings({ form }: { form: SettingsForm }) {
  const values = form.values;
  const money = { currency: values.currency, locale: values.locale };
  const currencies = Array.from(new Set([...COMMON_CURRENCIES, values.currency]));
  const locales = Array.from(new Set([...COMMON_LOCALES, values.locale]));
  return (
    <Stack gap="lg">
      <div>
        <Title order={4} mb="xs">
          Currency and numbers
        </Title>
        <SimpleGrid cols={3}>
          <Select label="Currency" searchable data={currencies} allowDeselect={false} {...form.getInputProps('currency')} />
          <Select label="Number format" data={locales.map((tag) => ({ value: tag, label: localeLabel(tag) }))} allowDeselect={false} {...form.getInputProps('locale')} />
          <MoneyInput label="Labour rate per hour" money={money} {...form.getInputProps('labourRateCents')} />
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="xs">
          Example: {formatMoney(123456789, money)}
        </Text>
      </div>
      <div>
        <Title order={4} mb="xs">
          Default markups
        </Title>
        <Alert variant="light" icon={<IconInfoCircle size={18} />} mb="sm" p="xs">
          Markup is added to your cost; margin is the share of the price you keep. A {formatMoney(300000, money)} cost at 30% markup is a{' '}
          {formatMoney(priceWithMarkup(300000, 30), money)} price: a 23.08% margin.
        </Alert>
        <SimpleGrid cols={2}>
          {(Object.keys(MARKUP_LABELS) as Array<keyof DefaultMarkups>).map((key) => {
            const markup = values.markups[key];
            const valid = typeof markup === 'number' && Number.isFinite(markup) && markup >= 0;
            return (
              <NumberInput
                key={key}
                label={MARKUP_LABELS[key].label}
                description={MARKUP_LABELS[key].description}
                suffix="%"
                min={0}
                max={1000}
                decimalScale={2}
                rightSectionWidth={150}
                rightSection={
                  <Text size="xs" c="dimmed" pr="sm" data-testid={`margin-${key}`}>
                    {valid ? `= ${marginFromMarkup(markup)}% margin` : ''}
                  </Text>
                }
                {...form.getInputProps(`markups.${key}`)}
              />
            );
          })}
        </SimpleGrid>
      </div>
    </Stack>
  );
}
