// Zod models of the customer API's categories (the customer API schemas document): the tenant's
// category definitions and each customer's values with their history.
import * as z from 'zod';
import { msg } from '../../l10n';
import { isoDateTime, looseObject } from '../common';

/** "Only accepts alphanumeric characters and underscore. Will not accept spaces." */
const categoryName = z.string().regex(/^[A-Za-z0-9_]+$/, msg('a category name may only hold letters, digits and underscores'));

export const category = looseObject({
  id: z.number().int(),
  name: z.string(),
  description: z.string().optional(),
  valid_values: z.array(z.string()).optional(),
});
export const categories = looseObject({ categories: z.array(category) });

export const postCategory = z.strictObject({
  name: categoryName,
  description: z.string().optional(),
  valid_values: z.array(z.string()).optional().describe('Values a customer may take; any value when empty or absent.'),
});
export const postCategories = z.strictObject({ categories: z.array(postCategory).min(1) });

export const patchCategory = z.strictObject({
  description: z.string().optional(),
  valid_values: z.array(z.string()).optional().describe('Every value to keep plus the new ones.'),
});

export const postCustomerCategory = z.strictObject({
  id: z.number().int(),
  value: z.string().nullable(),
  description: z.string().optional(),
  reason: z.string().optional(),
});

export const patchCustomerCategory = z.strictObject({
  value: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
});

export const customerCategory = looseObject({
  id: z.number().int(),
  name: z.string().optional(),
  /** A null value hides the category. */
  value: z.string().nullable().optional(),
  description: z.string().optional(),
  reason: z.string().optional(),
  create_date_time: isoDateTime.optional(),
  last_modified_date_time: isoDateTime.optional(),
});
export const customerCategories = looseObject({ customer_id: z.string(), categories: z.array(customerCategory) });

export const categoryHistory = looseObject({
  id: z.number().int(),
  name: z.string(),
  historical_values: z.array(
    looseObject({
      value: z.string().optional(),
      description: z.string().optional(),
      reason: z.string().optional(),
      create_date: isoDateTime.optional(),
      end_date: isoDateTime.nullable().optional(),
      last_modified_date: isoDateTime.optional(),
      modified_by: z.string().optional(),
    }),
  ),
});
export const customerCategoryHistory = looseObject({ customer_id: z.string(), categories: z.array(categoryHistory) });
