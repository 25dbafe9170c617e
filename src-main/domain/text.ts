import { z } from 'zod';

/** Bounded text fields: every string the app stores has a limit, so no input can bloat the file. */
export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} can be at most ${max} characters` });
}

export function optionalText(label: string, max = 200) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} can be at most ${max} characters` });
}

export const LONG_TEXT = 20_000;

export const entityId = z
  .string({ error: 'An id is required' })
  .min(1, { error: 'An id is required' })
  .max(64, { error: 'That id is too long' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'That id is not valid' });

export const timestamp = z.iso.datetime({ error: 'Expected a timestamp' });

export const emailAddress = z
  .string()
  .trim()
  .max(254, { error: 'An email address can be at most 254 characters' })
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
    error: 'Enter an email address like name@example.com',
  });

export const websiteAddress = z
  .string()
  .trim()
  .max(500, { error: 'A website can be at most 500 characters' })
  .refine((value) => value === '' || /^(https?:\/\/)?[^\s/$.?#]+\.[^\s]+$/i.test(value), {
    error: 'Enter a website like example.com or https://example.com',
  });
