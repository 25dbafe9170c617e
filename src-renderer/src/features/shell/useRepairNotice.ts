import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';

/** Tells the consultant, once, what the check of references repaired when the practice was opened. */
export function useRepairNotice(repairedAtOpen: string | null | undefined): void {
  useEffect(() => {
    if (!repairedAtOpen) return;
    notifications.show({ id: 'repaired-at-open', color: 'yellow', title: 'Dangling links repaired', message: repairedAtOpen, autoClose: false });
  }, [repairedAtOpen]);
}
