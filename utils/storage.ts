import { storage } from 'wxt/utils/storage';
import { DEFAULT_CLAIM_LIMIT_SHOWN } from './storage-choices';

/** How many key claims the summary shows. */
export const claimLimitSetting = storage.defineItem<number>('sync:claimLimit', {
  fallback: DEFAULT_CLAIM_LIMIT_SHOWN,
  version: 1,
});
