/** The clock of the fault tests and their child processes, so that an interrupted open and a clean one make the same practice. */
export const FAULT_CLOCK = '2026-04-14T09:30:00.000Z';
