import { useMemo } from 'react';
import type { MoneyStyle } from '../../../src-main/domain/format';
import { DEFAULT_SETTINGS } from '../../../src-main/domain/settings';
import { useChannel } from '../api';

/** The consultant's settings, with defaults while they load, so screens never wait on them. */
export function useSettings() {
  const query = useChannel('settings.get', {}, { staleTime: 60_000 });
  return { settings: query.data?.settings ?? DEFAULT_SETTINGS, view: query.data, query };
}

/** Stable across renders while the currency and locale stay the same, so memoised rows stay memoised. */
export function useMoneyStyle(): MoneyStyle {
  const { settings } = useSettings();
  const { currency, locale } = settings;
  return useMemo(() => ({ currency, locale }), [currency, locale]);
}
