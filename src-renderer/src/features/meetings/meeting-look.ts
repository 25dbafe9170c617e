import type { MeetingStatus } from '../../../../src-main/domain/meeting';

/** Badge colours (theme palette names) for a meeting's status. */
export const MEETING_STATUS_COLOURS: Record<MeetingStatus, string> = { planned: 'blue', held: 'gray', cancelled: 'red' };
