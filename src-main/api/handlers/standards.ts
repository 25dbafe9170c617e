import type { HandlerMap } from '../registry';

export const standardHandlers: HandlerMap<never> = {};
