import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { normalizeCreditCode } from '@lianzhao/domain';
import type { ContactInput, CreateEnterpriseInput, EnterpriseDetailFragment } from '@lianzhao/web-data';
import { dateString, optionalDecimal, optionalText } from '@lianzhao/web-ui';

export interface ContactValues {
  name?: string;
  title?: string;
  phone?: string;
  email?: string;
}

/** What the enterprise form holds; amounts stay text so that no float ever touches them. */
export interface EnterpriseValues {
  name: string;
  creditCode?: string;
  legalRepresentative?: string;
  registeredCapital?: string;
  foundedOn?: Dayjs | null;
  /** 存量: registered in the district since (an officer's mark; 返投 counts such a company at once). */
  localStockSince?: Dayjs | null;
  headquartersCity?: string;
  address?: string;
  website?: string;
  segmentCode?: string;
  tagCodes?: string[];
  contacts?: ContactValues[];
}

export const ENTERPRISE_FIELDS = [
  'name',
  'creditCode',
  'legalRepresentative',
  'registeredCapital',
  'foundedOn',
  'localStockSince',
  'headquartersCity',
  'address',
  'website',
  'segmentCode',
  'tagCodes',
  'contacts',
] as const satisfies readonly (keyof EnterpriseValues)[];

export function toFormValues(enterprise: EnterpriseDetailFragment): EnterpriseValues {
  return {
    name: enterprise.name,
    creditCode: enterprise.creditCode ?? undefined,
    legalRepresentative: enterprise.legalRepresentative ?? undefined,
    registeredCapital: enterprise.registeredCapital ?? undefined,
    foundedOn: enterprise.foundedOn ? dayjs(enterprise.foundedOn) : null,
    localStockSince: enterprise.localStockSince ? dayjs(enterprise.localStockSince) : null,
    headquartersCity: enterprise.headquartersCity ?? undefined,
    address: enterprise.address ?? undefined,
    website: enterprise.website ?? undefined,
    segmentCode: enterprise.segmentCode ?? undefined,
    tagCodes: [...enterprise.tagCodes],
    contacts: enterprise.contacts.map((c) => ({
      name: c.name,
      title: c.title ?? undefined,
      phone: c.phone ?? undefined,
      email: c.email ?? undefined,
    })),
  };
}

function toContact(contact: ContactValues): ContactInput {
  return {
    name: contact.name?.trim() ?? '',
    title: optionalText(contact.title),
    phone: optionalText(contact.phone),
    email: optionalText(contact.email),
  };
}

/**
 * The create/update input. Every field is sent, empty ones as null, because the API replaces
 * what it is given: leaving a field out would keep an old value the user just cleared.
 */
export function toEnterpriseInput(values: EnterpriseValues): CreateEnterpriseInput {
  const creditCode = optionalText(values.creditCode);
  return {
    name: values.name.trim(),
    creditCode: creditCode && normalizeCreditCode(creditCode),
    legalRepresentative: optionalText(values.legalRepresentative),
    registeredCapital: optionalDecimal(values.registeredCapital),
    foundedOn: dateString(values.foundedOn),
    localStockSince: dateString(values.localStockSince),
    headquartersCity: optionalText(values.headquartersCity),
    address: optionalText(values.address),
    website: optionalText(values.website),
    segmentCode: values.segmentCode ?? null,
    tagCodes: values.tagCodes ?? [],
    contacts: (values.contacts ?? []).map(toContact),
  };
}
