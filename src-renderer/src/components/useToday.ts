import { monthOfLocalDate, type Month } from '../../../src-main/domain/months';
import { useChannel } from '../api';

/** The current month as the main side sees it, so screens and exports agree on "now". */
export function useToday(): Month {
  const status = useChannel('app.status', {});
  return status.data?.today ?? monthOfLocalDate(new Date());
}
