import { Center, Loader } from '@mantine/core';
import { lazy, type ComponentType } from 'react';

const loaders: Array<() => Promise<unknown>> = [];

/**
 * A screen whose code loads apart from the start-up code, so that starting the app parses only what
 * the dashboard needs. `pick` names the screen among the module's exports.
 */
export function lazyScreen<Props extends object, Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType<Props>) {
  loaders.push(load);
  return lazy(async () => ({ default: pick(await load()) }));
}

/** Once the first screen is up, loads the others' code while the app is idle, so opening one never waits for it. */
export function preloadScreensWhenIdle(): void {
  const next = () => {
    const load = loaders.shift();
    if (load) void load().then(() => requestIdleCallback(next), () => requestIdleCallback(next));
  };
  requestIdleCallback(next);
}

/** Shown for the moment a screen's code is loading. */
export function ScreenLoading() {
  return (
    <Center p="xl">
      <Loader role="status" aria-label="Opening the screen" />
    </Center>
  );
}
