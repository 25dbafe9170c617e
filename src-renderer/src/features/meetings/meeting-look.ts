import type { MeetingStatus } from '../../../../src-main/domain/meeting';

/** Badge colours (theme palette names) for a meeting's status. */
export const MEETING_STATUS_COLOURS: Record<MeetingStatus, string> = { planned: 'blue', held: 'gray', cancelled: 'red' };

/** The modifier of keyboard shortcuts as the consultant's keyboard names it. */
export const MOD_KEY = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
