import type { HandlerMap } from '../registry';

export const meetingHandlers: HandlerMap<never> = {};
