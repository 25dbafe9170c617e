import { Card, Grid, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { MoneyStyle } from '../../../../src-main/domain/format';
import type { Initiative } from '../../../../src-main/domain/initiative';
import { EDITABLE_PROPOSAL_STATUSES, PROPOSAL_STATUS_LABELS } from '../../../../src-main/domain/proposal';
import { defaultValidUntil } from '../../../../src-main/domain/proposal-dates';
import type { ProposalPricing } from '../../../../src-main/domain/proposal-pricing';
import type { Settings } from '../../../../src-main/domain/settings';
import { LineItemsEditor } from './LineItemsEditor';
import type { ProposalForm } from './proposal-form';
import { ResourcesEditor } from './ResourcesEditor';
import { StepsEditor } from './StepsEditor';
import { TimeEditor } from './TimeEditor';

const NO_INITIATIVE = 'none';

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={4} mb={description ? 0 : 'xs'}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mb="sm">
          {description}
        </Text>
      )}
      {children}
    </Card>
  );
}

export interface SectionsProps {
  form: ProposalForm;
  pricing: ProposalPricing;
  settings: Settings;
  money: MoneyStyle;
  initiatives: readonly Initiative[];
  /** Accepted or declined: kept as the client answered it, only the internal notes change. */
  locked: boolean;
}

/** Every part of a proposal, in the order the PDF tells it. */
export function ProposalSections({ form, pricing, settings, money, initiatives, locked }: SectionsProps) {
  const values = form.values;
  const statusOptions = locked
    ? [{ value: values.status, label: PROPOSAL_STATUS_LABELS[values.status] }]
    : EDITABLE_PROPOSAL_STATUSES.map((value) => ({ value, label: PROPOSAL_STATUS_LABELS[value] }));
  return (
    <Stack>
      <Section title="Overview">
        <Stack gap="sm">
          <TextInput label="Title" required readOnly={locked} autoFocus {...form.getInputProps('title')} />
          <Textarea label="Summary" description="In business language: what the client gets and why now" autosize minRows={3} maxRows={14} readOnly={locked} {...form.getInputProps('summary')} />
          <Grid gap="sm">
            <Grid.Col span={12}>
              <Select
                label="Roadmap initiative"
                description="Accepting updates its costs"
                data={[{ value: NO_INITIATIVE, label: 'None: accepting adds one' }, ...initiatives.map((item) => ({ value: item.id, label: item.title }))]}
                value={values.initiativeId ?? NO_INITIATIVE}
                onChange={(value) => form.setFieldValue('initiativeId', value === NO_INITIATIVE || value === null ? null : value)}
                allowDeselect={false}
                disabled={locked}
                error={form.errors.initiativeId}
                searchable
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextInput
                label="Issue date"
                type="date"
                description="Validity follows"
                readOnly={locked}
                value={values.issueDate}
                onChange={(event) => {
                  const issueDate = event.currentTarget.value;
                  form.setFieldValue('issueDate', issueDate);
                  if (/^\d{4}-\d{2}-\d{2}$/.test(issueDate) && values.validUntil === defaultValidUntil(values.issueDate)) form.setFieldValue('validUntil', defaultValidUntil(issueDate));
                }}
                error={form.errors.issueDate}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextInput label="Valid until" type="date" description="Prices hold to this day" readOnly={locked} {...form.getInputProps('validUntil')} />
            </Grid.Col>
            <Grid.Col span={4}>
              <Select label="Status" description="Draft or sent" data={statusOptions} allowDeselect={false} disabled={locked} {...form.getInputProps('status')} />
            </Grid.Col>
          </Grid>
        </Stack>
      </Section>
      <Section title="Steps" description="The work in order, each with its detail.">
        <StepsEditor form={form} readOnly={locked} />
      </Section>
      <Section title="Time" description="Hours at your labour rate.">
        <TimeEditor form={form} pricing={pricing} money={money} readOnly={locked} />
      </Section>
      <Section title="Equipment, software and services" description="Cost and markup stay with you; the client sees unit prices and line totals.">
        <LineItemsEditor form={form} pricing={pricing} settings={settings} money={money} readOnly={locked} />
      </Section>
      <Section title="Resources">
        <ResourcesEditor form={form} readOnly={locked} />
      </Section>
      <Section title="Assumptions and exclusions">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Textarea label="Assumptions" description="What must hold for the price to stand" autosize minRows={3} readOnly={locked} {...form.getInputProps('assumptions')} />
          <Textarea label="Not included" description="Out of scope, said plainly" autosize minRows={3} readOnly={locked} {...form.getInputProps('outOfScope')} />
        </SimpleGrid>
      </Section>
      <Section title="Internal notes" description="For you only: never in the PDF.">
        <Textarea aria-label="Internal notes" autosize minRows={2} {...form.getInputProps('internalNotes')} />
      </Section>
    </Stack>
  );
}
