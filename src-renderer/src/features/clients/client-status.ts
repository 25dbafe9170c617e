import type { ClientStatus } from '../../../../src-main/domain/client';

export function statusColour(status: ClientStatus): string {
  return status === 'active' ? 'teal' : status === 'prospect' ? 'blue' : 'gray';
}
