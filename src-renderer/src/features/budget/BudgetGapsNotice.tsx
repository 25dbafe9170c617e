import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { replacementCount } from '../../../../src-main/domain/budget-views';
import { useChannel } from '../../api';
import { navigate } from '../../router';

export interface BudgetGaps {
  estimated: number;
  unpriced: number;
}

function toAssets(clientId: string, filter: 'estimated' | 'unpriced') {
  navigate({ screen: 'client', clientId, section: 'assets', itemId: filter });
}

/**
 * "N replacements estimated, M unpriced", each one click from the asset list that shows them, so the
 * consultant can price them before a client sees the figures (PRODUCT.md §5).
 */
export function BudgetGapsNotice({ clientId, gaps, mb }: { clientId: string; gaps: BudgetGaps; mb?: 'md' }) {
  if (gaps.estimated + gaps.unpriced === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="budget-gaps" p="xs" {...(mb ? { mb } : {})}>
      <Text size="sm" span>
        {gaps.estimated > 0 && (
          <Anchor component="button" type="button" size="sm" onClick={() => toAssets(clientId, 'estimated')}>
            {replacementCount(gaps.estimated)} estimated
          </Anchor>
        )}
        {gaps.estimated > 0 && gaps.unpriced > 0 && ', '}
        {gaps.unpriced > 0 && (
          <Anchor component="button" type="button" size="sm" c="var(--mantine-color-red-text)" onClick={() => toAssets(clientId, 'unpriced')}>
            {gaps.estimated > 0 ? `${gaps.unpriced} unpriced` : `${replacementCount(gaps.unpriced)} unpriced`}
          </Anchor>
        )}
        {'. '}
        {gaps.estimated > 0 && 'Estimated ones use the default replacement cost of their category; '}
        {gaps.unpriced > 0 && 'unpriced ones count as 0; '}
        price them in the asset list so the client sees real figures.
      </Text>
    </Alert>
  );
}

/** The same notice where the forecast is not at hand, such as the client's page. */
export function ClientBudgetGapsNotice({ clientId }: { clientId: string }) {
  const forecast = useChannel('budget.forecast', { clientId });
  if (!forecast.data) return null;
  return <BudgetGapsNotice clientId={clientId} gaps={forecast.data.gaps} mb="md" />;
}
