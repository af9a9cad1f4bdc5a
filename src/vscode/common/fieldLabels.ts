// API field names in words for row labels ("webhook URL", not `webhook_url`), in the display
// language. Tooltips and JSON documents keep the API's keys; a key nobody worded yet still reads
// as words ("new contract"), never as a snake_case key.
import * as vscode from 'vscode';

function known(key: string): string | undefined {
  switch (key) {
    case 'id':
      return vscode.l10n.t('id');
    case 'active':
      return vscode.l10n.t('active');
    case 'webhook_url':
      return vscode.l10n.t('webhook URL');
    case 'access_identifier':
      return vscode.l10n.t('access identifier');
    case 'access_identifier_kind':
      return vscode.l10n.t('kind of access identifier');
    case 'document_identifier':
      return vscode.l10n.t('document identifier');
    case 'national_id':
      return vscode.l10n.t('national id');
    case 'email':
      return vscode.l10n.t('email');
    case 'mobile_phone_number':
      return vscode.l10n.t('mobile phone');
    case 'unique_contract_id':
      return vscode.l10n.t('unique contract id');
    case 'client_contract':
      return vscode.l10n.t('client contract');
    case 'first_name':
      return vscode.l10n.t('first name');
    case 'last_name':
      return vscode.l10n.t('last name');
    case 'surname':
      return vscode.l10n.t('surname');
    case 'second_surname':
      return vscode.l10n.t('second surname');
    case 'start_date':
      return vscode.l10n.t('start date');
    case 'end_date':
      return vscode.l10n.t('end date');
    case 'plan_code':
      return vscode.l10n.t('plan code');
    case 'plan_name':
      return vscode.l10n.t('plan');
    case 'external_plan_id':
      return vscode.l10n.t('external plan id');
    case 'vehicle_plate_number':
      return vscode.l10n.t('vehicle plate');
    case 'address_line_one':
      return vscode.l10n.t('address');
    case 'address_line_two':
      return vscode.l10n.t('address (line 2)');
    case 'city':
      return vscode.l10n.t('city');
    case 'state':
      return vscode.l10n.t('region');
    case 'country':
      return vscode.l10n.t('country');
    case 'external_extra_data':
      return vscode.l10n.t('extra data');
    case 'external_id':
      return vscode.l10n.t('external id');
    case 'user_full_name':
      return vscode.l10n.t('customer full name');
    case 'user_first_name':
      return vscode.l10n.t('customer first name');
    case 'user_last_name':
      return vscode.l10n.t('customer last name');
    case 'application_code':
      return vscode.l10n.t('application code');
    case 'new_contract?':
    case 'new_contract':
      return vscode.l10n.t('new contract');
    case 'success?':
      return vscode.l10n.t('success');
    case 'errors':
      return vscode.l10n.t('errors');
    default:
      return undefined;
  }
}

/** The words for an API field name; unknown keys become words too ("email_validation_status" → "email validation status"). */
export function fieldLabel(key: string): string {
  return known(key) ?? key.replace(/\?$/, '').replace(/[_-]+/g, ' ').trim();
}

/** "first name / last name" for a replacement given as `user_first_name / user_last_name`. */
export function fieldLabels(keys: string): string {
  return keys
    .split('/')
    .map((k) => fieldLabel(k.trim()))
    .join(' / ');
}
