import { asset, ASSET_DEFAULTS, type Asset, type AssetPatch } from '../../domain/asset';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { assetImportHandlers } from './asset-import';
import { createItem, deleteItems, duplicateItem, listItems, updateItem, type ItemKind } from './client-items';
import { validated } from './validation';

type AssetChannels = 'assets.list' | 'assets.create' | 'assets.update' | 'assets.duplicate' | 'assets.delete' | 'assets.updateMany';

export const ASSETS: ItemKind<Asset> = {
  collection: 'assets',
  label: 'Asset',
  stored: asset,
  defaults: ASSET_DEFAULTS,
  inputKey: 'asset',
  titleField: 'name',
};

/** One change applied to every asset of a selection, checked as a whole and saved in one write. */
async function updateAssets(context: HandlerContext, ids: readonly string[], changes: AssetPatch): Promise<Asset[]> {
  const wanted = new Set(ids);
  const existing = context.store.data.assets.filter((item) => wanted.has(item.id));
  if (existing.length < wanted.size) throw new AppError('NOT_FOUND', 'Some of those assets no longer exist. Refresh the list and try again.');
  const now = context.clock().toISOString();
  const updated = new Map(existing.map((item) => [item.id, validated(asset, { ...item, ...changes, updatedAt: now }, 'changes')]));
  await context.store.mutate((draft) => {
    draft.assets = draft.assets.map((item) => updated.get(item.id) ?? item);
  });
  return [...updated.values()];
}

const assetItemHandlers: HandlerMap<AssetChannels> = {
  'assets.list': async ({ clientId }, context) => ({ assets: listItems(context, ASSETS, clientId) }),
  'assets.create': async ({ clientId, asset: fields }, context) => ({ asset: await createItem(context, ASSETS, clientId, fields) }),
  'assets.update': async ({ id, changes }, context) => ({ asset: await updateItem(context, ASSETS, id, changes) }),
  'assets.duplicate': async ({ id }, context) => ({ asset: await duplicateItem(context, ASSETS, id) }),
  'assets.delete': async ({ ids }, context) => ({ deleted: await deleteItems(context, ASSETS, ids) }),
  'assets.updateMany': async ({ ids, changes }, context) => ({ assets: await updateAssets(context, ids, changes) }),
};

export const assetHandlers = { ...assetItemHandlers, ...assetImportHandlers };
