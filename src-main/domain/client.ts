import { z } from 'zod';
import { cents, roundHalfUp } from './money';
import { month, monthOfYear } from './months';
import { emailAddress, entityId, LONG_TEXT, optionalText, requiredText, timestamp, websiteAddress } from './text';

export const CLIENT_STATUSES = ['prospect', 'active', 'former'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const CLIENT_STATUS_LABELS: Record<ClientStatus, string> = {
  prospect: 'Prospect',
  active: 'Active',
  former: 'Former',
};

export const COMPLIANCE_REGIMES = ['HIPAA', 'PCI DSS', 'SOC 2', 'GDPR', 'CMMC', 'ISO 27001', 'NIST CSF', 'Other'] as const;
export type ComplianceRegime = (typeof COMPLIANCE_REGIMES)[number];

export const contactInput = z.strictObject({
  id: entityId.optional(),
  name: requiredText('Contact name', 120),
  role: optionalText('Role', 120).default(''),
  email: emailAddress.default(''),
  phone: optionalText('Phone', 40).default(''),
  decisionMaker: z.boolean().default(false),
});
export const contact = contactInput.extend({ id: entityId });
export type Contact = z.infer<typeof contact>;
export type ContactInput = z.input<typeof contactInput>;

const count = (label: string) =>
  z
    .number({ error: `Enter the ${label}` })
    .int({ error: `The ${label} is a whole number` })
    .min(0, { error: `The ${label} cannot be negative` })
    .max(1_000_000, { error: `The ${label} is too large` });

/** The consultant's own override of the cadence derived from complexity (PRODUCT.md §7). */
export const cadenceOverride = z.strictObject({
  strategyMeetingsPerYear: z.number().int().min(0).max(12),
  touchesPerMonth: z.number().int().min(0).max(31),
});

/** The client's budget plan (PRODUCT.md §5); a null start means the current fiscal year's first month. */
export const budgetPlan = z.strictObject({
  startMonth: month.nullable().default(null),
  horizonYears: z
    .number({ error: 'Choose a horizon' })
    .int({ error: 'The horizon is a whole number of years' })
    .min(1, { error: 'The horizon is 1 to 10 years' })
    .max(10, { error: 'The horizon is 1 to 10 years' })
    .default(3),
  spendingLimitPerQuarterCents: cents.nullable().default(null),
});
export type BudgetPlan = z.infer<typeof budgetPlan>;
export const DEFAULT_BUDGET_PLAN: BudgetPlan = { startMonth: null, horizonYears: 3, spendingLimitPerQuarterCents: null };

/** What the consultant edits on a client's profile. */
export const clientFields = z.strictObject({
  name: requiredText('Client name', 160),
  industry: optionalText('Industry', 120),
  status: z.enum(CLIENT_STATUSES, { error: 'Choose prospect, active or former' }),
  address: optionalText('Address', 500),
  website: websiteAddress,
  notes: optionalText('Notes', LONG_TEXT),
  contacts: z.array(contactInput).max(200, { error: 'At most 200 contacts' }),
  mrrCents: cents,
  users: count('user count'),
  endpoints: count('endpoint count'),
  complexity: z
    .number({ error: 'Choose a complexity' })
    .int({ error: 'Complexity is a whole number' })
    .min(1, { error: 'Complexity is 1 to 10' })
    .max(10, { error: 'Complexity is 1 to 10' }),
  complianceRegimes: z
    .array(z.enum(COMPLIANCE_REGIMES, { error: 'Unknown compliance regime' }))
    .max(COMPLIANCE_REGIMES.length)
    .refine((list) => new Set(list).size === list.length, { error: 'A regime is listed twice' }),
  otherCompliance: optionalText('Other compliance', 200),
  fiscalYearStartMonth: monthOfYear,
  privateNotes: optionalText('Private notes', LONG_TEXT),
  cadenceOverride: cadenceOverride.nullable(),
  /** Standards categories left out of this client's alignment reviews. */
  hiddenStandardCategories: z.array(z.string().trim().min(1).max(120)).max(200),
  /** The sections of the meeting prep pack, in the consultant's order; null is the default set. */
  prepPackSections: z.array(z.string().min(1).max(40)).max(20).nullable(),
});
export type ClientFields = z.infer<typeof clientFields>;

/** Creating a client needs only a name; everything else starts from CLIENT_DEFAULTS. */
export const newClient = clientFields.partial().required({ name: true });
export type NewClient = z.input<typeof newClient>;
export const clientPatch = clientFields.partial();
export type ClientPatch = z.input<typeof clientPatch>;

export const CLIENT_DEFAULTS: Omit<ClientFields, 'name'> = {
  industry: '',
  status: 'active',
  address: '',
  website: '',
  notes: '',
  contacts: [],
  mrrCents: 0,
  users: 0,
  endpoints: 0,
  complexity: 5,
  complianceRegimes: [],
  otherCompliance: '',
  fiscalYearStartMonth: 1,
  privateNotes: '',
  cadenceOverride: null,
  hiddenStandardCategories: [],
  prepPackSections: null,
};

export const client = clientFields.extend({
  id: entityId,
  contacts: z.array(contact).max(200),
  budgetPlan: budgetPlan,
  archivedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Client = z.infer<typeof client>;

/** AISP (all-in seat price) is derived, never stored: MRR / users, in cents, undefined without users. */
export function allInSeatPriceCents(subject: Pick<Client, 'mrrCents' | 'users'>): number | undefined {
  if (subject.users <= 0) return undefined;
  return roundHalfUp(subject.mrrCents / subject.users);
}

export function decisionMakers(subject: Pick<Client, 'contacts'>): Contact[] {
  return subject.contacts.filter((person) => person.decisionMaker);
}
