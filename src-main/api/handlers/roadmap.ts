import type { HandlerMap } from '../registry';

export const roadmapHandlers: HandlerMap<never> = {};
