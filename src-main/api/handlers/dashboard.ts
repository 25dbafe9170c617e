import type { HandlerMap } from '../registry';

export const dashboardHandlers: HandlerMap<never> = {};
