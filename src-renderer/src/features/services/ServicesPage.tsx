import { Button, Card, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCloud, IconCopy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { formatMoney, formatPercent } from '../../../../src-main/domain/format';
import { priceWithMarkup } from '../../../../src-main/domain/money';
import { BILLING_CYCLES, SERVICE_CATEGORIES, SERVICE_CATEGORY_LABELS, type Service, type ServicePatch } from '../../../../src-main/domain/service';
import { ApiError, call, useChannel } from '../../api';
import { keptButNotSaved } from '../../components/forms';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RowActions } from '../../components/grid/RowActions';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { EditableCell, type CellValue } from '../../components/grid/EditableCell';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import { useToday } from '../../components/useToday';
import { AddServiceModal } from './AddServiceModal';

const CATEGORY_OPTIONS = SERVICE_CATEGORIES.map((value) => ({ value, label: SERVICE_CATEGORY_LABELS[value] }));
const BILLING_OPTIONS = BILLING_CYCLES.map((value) => ({ value, label: value === 'monthly' ? 'Monthly' : 'Annual' }));

/** Recurring costs: subscriptions, circuits, cloud backup. They are opex in every month they run. */
export function ServicesPage({ client }: { client: Client }) {
  const services = useChannel('services.list', { clientId: client.id });
  const queryClient = useQueryClient();
  const money = useMoneyStyle();
  const { settings } = useSettings();
  const today = useToday();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Service | null>(null);

  if (services.isError) return <ErrorPanel error={services.error} onRetry={() => void services.refetch()} />;
  const all = services.data?.services ?? [];

  const change = (service: Service, field: keyof ServicePatch) => async (value: CellValue) => {
    try {
      await call('services.update', { id: service.id, changes: { [field]: value } as ServicePatch });
      void queryClient.invalidateQueries();
      return null;
    } catch (error) {
      void queryClient.invalidateQueries();
      if (keptButNotSaved(error)) return null;
      return error instanceof ApiError && error.issues[0] ? error.issues[0].message : (error as Error).message;
    }
  };
  const duplicate = (service: Service) =>
    void call('services.duplicate', { id: service.id }).then(() => queryClient.invalidateQueries(), (error: Error) => notifications.show({ color: 'red', message: error.message }));

  const monthlyTotal = all
    .filter((service) => service.endDate === null || service.endDate >= `${today}-01`)
    .reduce((sum, service) => sum + (service.billing === 'monthly' ? service.quantity * service.unitCostCents : Math.round((service.quantity * service.unitCostCents) / 12)), 0);

  const addButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
      Add service
    </Button>
  );

  return (
    <Stack>
      {services.data && all.length === 0 ? (
        <Card withBorder>
          <EmptyState icon={<IconCloud />} title="No services yet" actions={addButton}>
            Add what {client.name} pays for every month or year: Microsoft 365 seats, internet circuits, cloud backup, security tools,
            line-of-business software. They appear in the budget as operating costs.
          </EmptyState>
        </Card>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {all.length} services · about {formatMoney(monthlyTotal, money)} a month at cost (annual charges spread over 12 months)
            </Text>
            {addButton}
          </Group>
          <Card withBorder p={0}>
            <Table highlightOnHover verticalSpacing={2} horizontalSpacing={6} layout="fixed" fz={13}>
                <colgroup>
                  <col />
                  <col width={118} />
                  <col width={110} />
                  <col width={54} />
                  <col width={100} />
                  <col width={92} />
                  <col width={100} />
                  <col width={92} />
                  <col width={92} />
                  <col width={44} />
                </colgroup>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Service</Table.Th>
                    <Table.Th>Category</Table.Th>
                    <Table.Th>Vendor</Table.Th>
                    <Table.Th ta="right">Qty</Table.Th>
                    <Table.Th ta="right">Unit cost</Table.Th>
                    <Table.Th ta="right">Markup</Table.Th>
                    <Table.Th ta="right">Client price</Table.Th>
                    <Table.Th>Billing</Table.Th>
                    <Table.Th>Dates</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {all.map((service) => (
                    <Table.Tr key={service.id} data-testid="service-row">
                      <Table.Td>
                        <EditableCell label="Service" value={service.name} display={service.name} editor={{ kind: 'text' }} onCommit={change(service, 'name')} />
                      </Table.Td>
                      <Table.Td>
                        <EditableCell label="Category" value={service.category} display={SERVICE_CATEGORY_LABELS[service.category]} editor={{ kind: 'select', options: CATEGORY_OPTIONS }} onCommit={change(service, 'category')} />
                      </Table.Td>
                      <Table.Td>
                        <EditableCell label="Vendor" value={service.vendor} display={service.vendor || '—'} editor={{ kind: 'text' }} onCommit={change(service, 'vendor')} />
                      </Table.Td>
                      <Table.Td>
                        <EditableCell label="Quantity" value={service.quantity} display={service.quantity} align="right" editor={{ kind: 'integer', min: 1, max: 1_000_000 }} onCommit={change(service, 'quantity')} />
                      </Table.Td>
                      <Table.Td>
                        <EditableCell label="Unit cost" value={service.unitCostCents} display={formatMoney(service.unitCostCents, money)} align="right" editor={{ kind: 'money', money }} onCommit={change(service, 'unitCostCents')} />
                      </Table.Td>
                      <Table.Td>
                        <EditableCell
                          label="Markup"
                          value={service.markupPercent}
                          display={service.markupPercent === null ? <Text span size="sm" c="dimmed">{formatPercent(settings.markups.service, money.locale)} (default)</Text> : formatPercent(service.markupPercent, money.locale)}
                          align="right"
                          editor={{ kind: 'percent', nullable: true, placeholder: `${settings.markups.service}% (default)` }}
                          onCommit={change(service, 'markupPercent')}
                        />
                      </Table.Td>
                      <Table.Td ta="right" className="tabular" title="Unit price to the client, rounded to the cent">
                        {formatMoney(priceWithMarkup(service.unitCostCents, service.markupPercent ?? settings.markups.service), money)}
                      </Table.Td>
                      <Table.Td>
                        <EditableCell label="Billing" value={service.billing} display={service.billing === 'monthly' ? 'Monthly' : 'Annual'} editor={{ kind: 'select', options: BILLING_OPTIONS }} onCommit={change(service, 'billing')} />
                      </Table.Td>
                      <Table.Td>
                        <EditableCell label="Start date" value={service.startDate} display={service.startDate} editor={{ kind: 'date', nullable: false }} onCommit={change(service, 'startDate')} />
                        <EditableCell label="End date" value={service.endDate} display={service.endDate ? `to ${service.endDate}` : 'Ongoing'} editor={{ kind: 'date', nullable: true }} onCommit={change(service, 'endDate')} />
                      </Table.Td>
                      <Table.Td>
                        <RowActions label={`Actions for ${service.name}`}>
                        <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => duplicate(service)}>
                          Duplicate
                        </Menu.Item>
                        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(service)}>
                          Delete…
                        </Menu.Item>
                        </RowActions>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
          </Card>
        </>
      )}
      <AddServiceModal client={client} opened={adding} onClose={() => setAdding(false)} />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this service?"
        confirmLabel="Delete service"
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          void call('services.delete', { ids: [deleting.id] }).then(
            () => {
              setDeleting(null);
              void queryClient.invalidateQueries();
            },
            (error: Error) => notifications.show({ color: 'red', message: error.message }),
          )
        }
      >
        {deleting?.name} will be removed from the budget. To keep its history, set an end date instead.
      </ConfirmDialog>
    </Stack>
  );
}
