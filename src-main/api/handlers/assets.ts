import { asset, ASSET_DEFAULTS, type Asset } from '../../domain/asset';
import type { HandlerMap } from '../registry';
import { assetImportHandlers } from './asset-import';
import { createItem, deleteItems, duplicateItem, listItems, updateItem, type ItemKind } from './client-items';

type AssetChannels = 'assets.list' | 'assets.create' | 'assets.update' | 'assets.duplicate' | 'assets.delete';

export const ASSETS: ItemKind<Asset> = {
  collection: 'assets',
  label: 'Asset',
  stored: asset,
  defaults: ASSET_DEFAULTS,
  inputKey: 'asset',
  titleField: 'name',
};

const assetItemHandlers: HandlerMap<AssetChannels> = {
  'assets.list': async ({ clientId }, context) => ({ assets: listItems(context, ASSETS, clientId) }),
  'assets.create': async ({ clientId, asset: fields }, context) => ({ asset: await createItem(context, ASSETS, clientId, fields) }),
  'assets.update': async ({ id, changes }, context) => ({ asset: await updateItem(context, ASSETS, id, changes) }),
  'assets.duplicate': async ({ id }, context) => ({ asset: await duplicateItem(context, ASSETS, id) }),
  'assets.delete': async ({ ids }, context) => ({ deleted: await deleteItems(context, ASSETS, ids) }),
};

export const assetHandlers = { ...assetItemHandlers, ...assetImportHandlers };
