import type { HandlerMap } from '../registry';

export const reviewHandlers: HandlerMap<never> = {};
