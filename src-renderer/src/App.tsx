import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { useChannel } from './api';
import { AppLayout } from './features/shell/AppLayout';
import { RecoveryScreen } from './features/shell/RecoveryScreen';
import { ErrorPanel } from './components/ErrorPanel';
import { useRepairNotice } from './features/shell/useRepairNotice';
import { preloadScreensWhenIdle } from './components/lazy-screen';

export function App() {
  const status = useChannel('app.status', {});
  useRepairNotice(status.data?.repairedAtOpen);
  useEffect(preloadScreensWhenIdle, []);
  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Opening the practice" />
      </Center>
    );
  }
  if (status.isError) return <ErrorPanel error={status.error} />;
  if (status.data.state === 'recovery') return <RecoveryScreen status={status.data} />;
  return <AppLayout status={status.data} />;
}
