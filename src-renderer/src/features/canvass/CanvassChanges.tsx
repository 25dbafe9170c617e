import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { CANVASS_BLOCK_LABELS, TRAJECTORY_LABELS, type Trajectory } from '../../../../src-main/domain/canvass';
import { blockChanged, type BlockDiff, type CanvassDiff } from '../../../../src-main/domain/canvass-diff';
import { DISCOVERY_QUESTIONS } from '../../../../src-main/domain/discovery-questions';
import classes from './canvass.module.css';

function Change({ kind, colour, children }: { kind: string; colour: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="canvass-change" data-kind={kind}>
      <Badge variant="light" color={colour} className="nowrap" miw="max-content" style={{ flex: "none" }}>
        {kind}
      </Badge>
      <div style={{ minWidth: 0, flex: 1 }}>{children}</div>
    </Group>
  );
}

function Wording({ text, removed = false }: { text: string; removed?: boolean }) {
  return (
    <Text size="sm" dir="auto" c={removed ? 'dimmed' : undefined} className={`${classes.wrapText} ${removed ? classes.removed : ''}`}>
      {text || '(empty)'}
    </Text>
  );
}

function BlockChanges({ diff }: { diff: BlockDiff }) {
  return (
    <Card withBorder component="section" aria-label={`Changes in ${CANVASS_BLOCK_LABELS[diff.block]}`} data-testid={`changes-${diff.block}`}>
      <Title order={3} fz="sm" mb="xs">
        {CANVASS_BLOCK_LABELS[diff.block]}
      </Title>
      <Stack gap={6}>
        {diff.added.map((note) => (
          <Change key={note.id} kind="Added" colour="teal">
            <Wording text={note.text} />
          </Change>
        ))}
        {diff.removed.map((note) => (
          <Change key={note.id} kind="Removed" colour="red">
            <Wording text={note.text} removed />
          </Change>
        ))}
        {diff.changed.map((change) => (
          <Change key={change.id} kind="Changed" colour="yellow">
            <Wording text={change.before} removed />
            <Wording text={change.after} />
          </Change>
        ))}
        {diff.movedIn.map((move) => (
          <Change key={move.note.id} kind={`Moved from ${CANVASS_BLOCK_LABELS[move.from]}`} colour="blue">
            {move.before !== null && <Wording text={move.before} removed />}
            <Wording text={move.note.text} />
          </Change>
        ))}
        {diff.reordered && (
          <Text size="sm" c="dimmed">
            The notes that stayed are in a new order.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function trajectoryText(value: Trajectory | null): string {
  return value ? TRAJECTORY_LABELS[value] : 'Not known';
}

/** What changed between two moments of a canvass, block by block, then the discovery answers. */
export function CanvassChanges({ diff, since }: { diff: CanvassDiff; since: string }) {
  const changed = diff.blocks.filter(blockChanged);
  const same = diff.blocks.filter((entry) => !blockChanged(entry));
  return (
    <Stack gap="sm" data-testid="canvass-changes">
      <Text fw={600}>
        {diff.changeCount === 0 ? `Nothing has changed since ${since}.` : `${diff.changeCount === 1 ? '1 change' : `${diff.changeCount} changes`} since ${since}.`}
      </Text>
      {changed.map((entry) => (
        <BlockChanges key={entry.block} diff={entry} />
      ))}
      {changed.length > 0 && same.length > 0 && (
        <Text size="sm" c="dimmed">
          No change in {same.map((entry) => CANVASS_BLOCK_LABELS[entry.block]).join(', ')}.
        </Text>
      )}
      {(diff.answers.length > 0 || diff.trajectory) && (
        <Card withBorder component="section" aria-label="Changes in the discovery answers" data-testid="changes-discovery">
          <Title order={3} fz="sm" mb="xs">
            Discovery answers
          </Title>
          <Stack gap="sm">
            {diff.trajectory && (
              <Change kind="Changed" colour="yellow">
                <Text size="sm">
                  The business was {trajectoryText(diff.trajectory.before).toLowerCase()}; now {trajectoryText(diff.trajectory.after).toLowerCase()}.
                </Text>
              </Change>
            )}
            {diff.answers.map((answer) => (
              <Change key={answer.topic} kind={answer.before === '' ? 'Answered' : answer.after === '' ? 'Cleared' : 'Changed'} colour={answer.after === '' ? 'red' : 'yellow'}>
                <Text size="sm" fw={600}>
                  {DISCOVERY_QUESTIONS[answer.topic].title}
                </Text>
                {answer.before !== '' && <Wording text={answer.before} removed />}
                {answer.after !== '' && <Wording text={answer.after} />}
              </Change>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
