import { z } from 'zod';
import { ASSET_CATEGORIES, DEFAULT_LIFESPANS, lifespanMonths, type AssetCategory } from './asset';
import { DEFAULT_AGENDA_TEMPLATES } from './agenda-templates';
import { agendaTemplate } from './meeting';
import { cents, percent } from './money';
import { playbookObjectiveYear } from './playbook-objectives';
import { catalogueItem } from './proposal';
import { DEFAULT_CATALOGUE } from './proposal-catalogue';
import { emailAddress, optionalText, websiteAddress } from './text';

export const PAGE_SIZES = ['LETTER', 'A4'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const APPEARANCES = ['auto', 'light', 'dark'] as const;

/** Currencies offered in settings; any ISO 4217 code Intl knows is accepted. */
export const COMMON_CURRENCIES = ['USD', 'CAD', 'EUR', 'GBP', 'AUD', 'NZD', 'CHF', 'ZAR', 'SEK', 'NOK', 'DKK', 'JPY'] as const;
export const COMMON_LOCALES = ['en-US', 'en-CA', 'en-GB', 'en-AU', 'en-NZ', 'en-IE', 'fr-CA', 'fr-FR', 'de-DE', 'nl-NL', 'es-ES', 'sv-SE'] as const;

const hexColour = z
  .string({ error: 'Choose a colour' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Use a colour like #1F4E79' });

const currencyCode = z
  .string({ error: 'Choose a currency' })
  .regex(/^[A-Z]{3}$/, { error: 'Use a three-letter currency code like USD' })
  .refine(isKnownCurrency, { error: 'That currency code is not known' });

const localeTag = z
  .string({ error: 'Choose a locale' })
  .max(35)
  .refine(isKnownLocale, { error: 'That locale is not known' });

/** Intl.NumberFormat formats any three capital letters (XYZ too), so ask for the codes the runtime knows. */
function isKnownCurrency(code: string): boolean {
  return Intl.supportedValuesOf('currency').includes(code);
}

function isKnownLocale(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length === 1;
  } catch {
    return false;
  }
}

export const consultantProfile = z.strictObject({
  name: optionalText('Your name', 120),
  company: optionalText('Company', 160),
  email: emailAddress,
  phone: optionalText('Phone', 40),
  website: websiteAddress,
  address: optionalText('Address', 500),
});

export const defaultMarkups = z.strictObject({
  asset: percent,
  initiativeOneTime: percent,
  service: percent,
  recurring: percent,
});
export type DefaultMarkups = z.infer<typeof defaultMarkups>;

export const lifespanTable = z.strictObject(
  Object.fromEntries(ASSET_CATEGORIES.map((category) => [category, lifespanMonths])) as Record<
    AssetCategory,
    typeof lifespanMonths
  >,
);
export type LifespanTable = z.infer<typeof lifespanTable>;

/**
 * Default replacement unit cost by category, for assets imported without a price (PRODUCT.md §5).
 * Null: no default, so such an asset is "unpriced".
 */
export const replacementCostTable = z.strictObject(
  Object.fromEntries(ASSET_CATEGORIES.map((category) => [category, cents.nullable()])) as Record<AssetCategory, ReturnType<typeof cents.nullable>>,
);
export type ReplacementCostTable = z.infer<typeof replacementCostTable>;

export const DEFAULT_REPLACEMENT_COSTS: ReplacementCostTable = {
  server: 800_000,
  workstation: 120_000,
  laptop: 150_000,
  firewall: 200_000,
  switch: 150_000,
  wireless: 60_000,
  ups: 90_000,
  storage: 300_000,
  backupAppliance: 400_000,
  phoneSystem: 500_000,
  printer: 80_000,
  softwareLicence: null,
  other: null,
};

/** The logo file kept beside the database; the bytes never travel inside the JSON. */
export const logoInfo = z.strictObject({
  fileName: z.string().regex(/^brand-logo\.(png|jpg)$/),
  mimeType: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  byteLength: z.number().int().min(1),
});
export type LogoInfo = z.infer<typeof logoInfo>;

export const settingsFields = z.strictObject({
  consultant: consultantProfile,
  primaryColour: hexColour,
  accentColour: hexColour,
  pageSize: z.enum(PAGE_SIZES, { error: 'Choose Letter or A4' }),
  currency: currencyCode,
  locale: localeTag,
  labourRateCents: cents,
  markups: defaultMarkups,
  lifespans: lifespanTable,
  replacementCosts: replacementCostTable,
  /** Proposal lines with a margin below this are flagged (PRODUCT.md §8). */
  targetMarginPercent: percent.refine((value) => value < 100, { error: 'A margin is below 100%' }),
  /** The consultant's standard builds, pickable in proposals. */
  catalogue: z.array(catalogueItem).max(500),
  agendaTemplates: z.array(agendaTemplate).max(100),
  /** Annual objectives the consultant set in the playbook, by calendar year. */
  playbookObjectives: z.array(playbookObjectiveYear).max(200),
  appearance: z.enum(APPEARANCES),
  confidentialityLine: optionalText('Confidentiality line', 200),
});
export type SettingsFields = z.infer<typeof settingsFields>;

export const settingsPatch = settingsFields.partial();
export type SettingsPatch = z.input<typeof settingsPatch>;

export const settings = settingsFields.extend({ logo: logoInfo.nullable() });
export type Settings = z.infer<typeof settings>;

export const DEFAULT_MARKUPS: DefaultMarkups = { asset: 30, initiativeOneTime: 30, service: 0, recurring: 0 };

export const DEFAULT_SETTINGS: Settings = {
  consultant: { name: '', company: '', email: '', phone: '', website: '', address: '' },
  primaryColour: '#1F4E79',
  accentColour: '#E07B24',
  pageSize: 'LETTER',
  currency: 'USD',
  locale: 'en-US',
  labourRateCents: 15_000,
  markups: DEFAULT_MARKUPS,
  lifespans: { ...DEFAULT_LIFESPANS },
  replacementCosts: { ...DEFAULT_REPLACEMENT_COSTS },
  targetMarginPercent: 20,
  catalogue: structuredClone([...DEFAULT_CATALOGUE]),
  agendaTemplates: DEFAULT_AGENDA_TEMPLATES,
  playbookObjectives: [],
  appearance: 'auto',
  confidentialityLine: 'Confidential: prepared for the named client only.',
  logo: null,
};
