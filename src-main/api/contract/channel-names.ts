/**
 * Every channel of the contract, by name, one list a feature. The preload builds window.vcio from
 * these lists alone so that it stays tiny (no schemas); index.ts checks at compile time that the
 * names and the feature modules' declarations are the same set.
 */

const APP = ['app.status', 'app.retrySave', 'app.openDataFolder', 'app.openExternal', 'app.openExport'] as const;

const CLIENTS = ['clients.list', 'clients.get', 'clients.create', 'clients.update', 'clients.archive', 'clients.delete'] as const;

const SETTINGS = ['settings.get', 'settings.update', 'settings.setLogo', 'settings.removeLogo', 'settings.moveDataFolder'] as const;

const BACKUPS = ['backups.list', 'backups.create', 'backups.restore', 'backups.undoRestore'] as const;

const SAMPLE = ['sample.load'] as const;

const ASSETS = ['assets.list', 'assets.create', 'assets.update', 'assets.duplicate', 'assets.delete', 'assets.importPreview', 'assets.importCommit', 'assets.updateMany'] as const;

const SERVICES = ['services.list', 'services.create', 'services.update', 'services.duplicate', 'services.delete'] as const;

const INITIATIVES = ['initiatives.list', 'initiatives.create', 'initiatives.update', 'initiatives.delete'] as const;

const BUDGET = ['budget.setPlan', 'budget.forecast', 'budget.practiceGaps'] as const;

const EXPORTS = ['export.clientProfilePdf', 'export.budgetPdf', 'export.budgetWorkbook'] as const;

const STANDARDS = [
  'standards.list',
  'standards.create',
  'standards.update',
  'standards.duplicate',
  'standards.bulkUpdate',
  'standards.delete',
  'standards.importPreview',
  'standards.importCommit',
  'export.standardsWorkbook',
] as const;

const REVIEWS = [
  'reviews.list',
  'reviews.get',
  'reviews.scope',
  'reviews.start',
  'reviews.answer',
  'reviews.update',
  'reviews.complete',
  'reviews.reopen',
  'reviews.delete',
  'reviews.createInitiative',
  'reviews.latestScores',
  'export.alignmentPdf',
] as const;

const CANVASS = [
  'canvass.get',
  'canvass.addNote',
  'canvass.updateNote',
  'canvass.moveNote',
  'canvass.removeNote',
  'canvass.updateDiscovery',
  'canvass.snapshot',
  'canvass.snapshots',
  'canvass.getSnapshot',
  'canvass.deleteSnapshot',
  'canvass.compare',
  'goals.list',
  'goals.create',
  'goals.update',
  'goals.delete',
  'export.canvassPdf',
  'export.questionnairePdf',
] as const;

const ROADMAP = [
  'roadmap.board',
  'roadmap.move',
  'roadmap.decide',
  'roadmap.decisionLog',
  'roadmap.linkTargets',
  'roadmap.replacementGroups',
  'roadmap.fromReplacements',
  'export.roadmapPdf',
] as const;

const MEETINGS = [
  'meetings.list',
  'meetings.get',
  'meetings.create',
  'meetings.update',
  'meetings.delete',
  'meetings.rhythm',
  'meetings.planYearPreview',
  'meetings.planYear',
  'meetings.sinceLast',
  'meetings.prepPackPlan',
  'export.meetingAgendaPdf',
  'export.meetingSummaryPdf',
  'export.prepPackPdf',
  'export.meetingIcs',
  'export.meetingsIcs',
  'export.prepPackBatchStart',
  'export.prepPackBatchWrite',
] as const;

const TOUCHES = ['touches.list', 'touches.create', 'touches.update', 'touches.delete'] as const;

const ACTION_ITEMS = ['actionItems.list', 'actionItems.create', 'actionItems.update', 'actionItems.delete'] as const;

const PLAYBOOK = ['playbook.summary', 'playbook.setObjectives', 'export.playbookWorkbook'] as const;

const PROPOSALS = [
  'proposals.list',
  'proposals.origins',
  'proposals.get',
  'proposals.create',
  'proposals.update',
  'proposals.delete',
  'proposals.accept',
  'proposals.decline',
  'export.proposalPdf',
] as const;

const DASHBOARD = ['dashboard.summary'] as const;

export const CHANNEL_NAMES = [
  ...APP,
  ...CLIENTS,
  ...SETTINGS,
  ...BACKUPS,
  ...SAMPLE,
  ...ASSETS,
  ...SERVICES,
  ...INITIATIVES,
  ...BUDGET,
  ...EXPORTS,
  ...STANDARDS,
  ...REVIEWS,
  ...CANVASS,
  ...ROADMAP,
  ...MEETINGS,
  ...TOUCHES,
  ...ACTION_ITEMS,
  ...PLAYBOOK,
  ...PROPOSALS,
  ...DASHBOARD,
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Push events from the main side to the renderer. */
export const EVENT_NAMES = ['data.saveState', 'menu.command'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

const channelNameSet: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const eventNameSet: ReadonlySet<string> = new Set(EVENT_NAMES);

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && channelNameSet.has(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && eventNameSet.has(value);
}
