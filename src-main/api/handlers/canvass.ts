import type { HandlerMap } from '../registry';

export const canvassHandlers: HandlerMap<never> = {};
