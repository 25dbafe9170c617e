import type { HandlerMap } from '../registry';

export const proposalHandlers: HandlerMap<never> = {};
